package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens issued before a restart with a changed client configuration are judged by the new configuration. */
class TokenAfterConfigChangeTest {

    @TempDir
    Path dir;

    @Test
    void aTokenWhoseClientLostItsScopeIsRefusedAfterTheRestart() throws Exception {
        String opsToken;
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            opsToken = hub.token("ops");
            assertThat(hub.get("/v1/admin/sync-status", opsToken).statusCode()).isEqualTo(200);
        }

        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.client.ops.scopes", "read write"))) {
            HttpResponse<String> answer = hub.get("/v1/admin/sync-status", opsToken);

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).contains("invalid_token").contains("no longer has");
            assertThat(hub.get("/v1/admin/sync-status", hub.token("ops")).statusCode()).isEqualTo(403);
        }
    }
}
