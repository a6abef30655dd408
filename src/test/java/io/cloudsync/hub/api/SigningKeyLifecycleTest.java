package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key lives in the state database: tokens outlive a restart, and rotation keeps old tokens valid. */
class SigningKeyLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void aTokenIssuedBeforeARestartIsStillValidAfterIt() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            String token = hub.token("ops");
            String kid = SignedJWT.parse(token).getHeader().getKeyID();

            hub.stopHub();
            hub.startHub();

            assertThat(hub.get("/v1/admin/sync-status", token).statusCode()).isEqualTo(200);
            assertThat(SignedJWT.parse(hub.token("ops")).getHeader().getKeyID()).isEqualTo(kid);
        }
    }

    @Test
    void afterRotationNewTokensHaveTheNewKeyAndOldTokensStayValid() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            String before = hub.token("ops");
            String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

            HttpResponse<String> rotated = hub.post("/v1/admin/keys/rotate", before, null);

            assertThat(rotated.statusCode()).isEqualTo(200);
            JsonNode status = hub.json(rotated);
            String newKid = status.get("active_kid").asText();
            assertThat(newKid).isNotEqualTo(oldKid);
            assertThat(status.get("published_kids")).extracting(JsonNode::asText).containsExactlyInAnyOrder(oldKid, newKid);
            String after = hub.token("ops");
            assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
            assertThat(hub.get("/v1/admin/sync-status", before).statusCode()).isEqualTo(200);
            assertThat(hub.get("/v1/admin/sync-status", after).statusCode()).isEqualTo(200);
            JWKSet jwks = JWKSet.parse(hub.get("/oauth/jwks.json", null).body());
            assertThat(jwks.getKeys()).extracting(k -> k.getKeyID()).containsExactlyInAnyOrder(oldKid, newKid);

            hub.stopHub();
            hub.startHub();

            assertThat(hub.get("/v1/admin/sync-status", before).statusCode()).isEqualTo(200);
            assertThat(SignedJWT.parse(hub.token("ops")).getHeader().getKeyID()).isEqualTo(newKid);
        }
    }

    @Test
    void rotatingNeedsTheAdminScope() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            assertThat(hub.post("/v1/admin/keys/rotate", hub.token("reader"), null).statusCode()).isEqualTo(403);
        }
    }
}
