package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A token is only as good as its client's configuration now: a removed client or a lost scope voids it. */
class TokenVerifierClientsTest {

    private static final TokenSettings SETTINGS = new TokenSettings("cloudsync-hub", "cloudsync-api",
            Duration.ofHours(1), Duration.ofSeconds(60));
    private static final SecretHasher HASHER = new SecretHasher();
    private static final String HASH = HASHER.hash(ApiHarness.SECRET);
    private static TestKeyRing ring;
    private static TokenIssuer issuer;
    private static KeyRing keys;

    @BeforeAll
    static void keys() {
        ring = new TestKeyRing(SETTINGS.retiredKeyLife());
        keys = ring.keys();
        issuer = new TokenIssuer(keys, SETTINGS, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        ring.close();
    }

    @Test
    void aTokenOfAConfiguredClientWithItsScopesPasses() {
        String token = issuer.issue("erp", Set.of("read", "write")).accessToken();

        AccessToken verified = verifier(clients("erp", "read write")).verify(token);

        assertThat(verified.clientId()).isEqualTo("erp");
    }

    @Test
    void aTokenOfAClientNoLongerConfiguredIsRefused() {
        String token = issuer.issue("erp", Set.of("read")).accessToken();

        assertThatThrownBy(() -> verifier(clients("other", "read")).verify(token))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_token");
                    assertThat(e.getMessage()).contains("client erp is not configured");
                });
    }

    @Test
    void aTokenWithAScopeTheClientLostIsRefused() {
        String token = issuer.issue("erp", Set.of("read", "admin")).accessToken();

        assertThatThrownBy(() -> verifier(clients("erp", "read")).verify(token))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_token");
                    assertThat(e.getMessage()).contains("scopes its client erp no longer has");
                });
    }

    @Test
    void theDashboardClientHoldsOnlyTheDashboardScopeWithoutBeingListed() {
        ApiClients clients = ApiClients.from(Map.of("hub.api.dashboard-client", "dashboard"), HASHER);
        String dashboard = issuer.issue("dashboard", Set.of("dashboard")).accessToken();
        String read = issuer.issue("dashboard", Set.of("read")).accessToken();

        assertThat(verifier(clients).verify(dashboard).scopes()).containsExactly("dashboard");
        assertThatThrownBy(() -> verifier(clients).verify(read)).as("a read token issued before the dashboard scope")
                .isInstanceOf(ApiException.class).hasMessageContaining("no longer has");
        assertThatThrownBy(() -> verifier(ApiClients.from(Map.of(), HASHER)).verify(dashboard))
                .isInstanceOf(ApiException.class).hasMessageContaining("not configured");
    }

    private static TokenVerifier verifier(ApiClients clients) {
        return new TokenVerifier(keys, SETTINGS, clients, Clock.systemUTC());
    }

    private static ApiClients clients(String id, String scopes) {
        return ApiClients.from(Map.of("hub.api.clients", id, "hub.api.client." + id + ".secret-hash", HASH,
                "hub.api.client." + id + ".scopes", scopes), HASHER);
    }
}
