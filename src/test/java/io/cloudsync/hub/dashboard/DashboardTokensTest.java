package io.cloudsync.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cloudsync.hub.api.AccessToken;
import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.ApiException;
import io.cloudsync.hub.api.IssuedToken;
import io.cloudsync.hub.api.KeyRing;
import io.cloudsync.hub.api.KeyedRateLimiter;
import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.api.TestKeyRing;
import io.cloudsync.hub.api.TokenIssuer;
import io.cloudsync.hub.api.TokenSettings;
import io.cloudsync.hub.api.TokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's tokens: only with hub.api.dashboard-client set, scope dashboard only, short-lived, rate-limited per address. */
class DashboardTokensTest {

    private static final TokenSettings SETTINGS = new TokenSettings("cloudsync-hub", "cloudsync-api",
            Duration.ofMinutes(15), Duration.ofSeconds(60));
    private static TestKeyRing ring;
    private static KeyRing keys;

    @BeforeAll
    static void keys() {
        ring = new TestKeyRing(SETTINGS.retiredKeyLife());
        keys = ring.keys();
    }

    @AfterAll
    static void close() {
        ring.close();
    }

    private static DashboardTokens tokens(String clientId) {
        return new DashboardTokens(Optional.ofNullable(clientId), new TokenIssuer(keys, SETTINGS, Clock.systemUTC()),
                KeyedRateLimiter.perMinute("dashboard-tokens", DashboardTokens.PER_MINUTE));
    }

    @Test
    void withoutADashboardClientThereIsNoToken() {
        for (String unset : new String[] {null, "", "  "}) {
            DashboardTokens tokens = tokens(unset);
            assertThat(tokens.enabled()).isFalse();
            assertThatThrownBy(() -> tokens.issue("10.0.0.1")).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.getMessage()).contains("hub.api.dashboard-client");
            });
        }
    }

    @Test
    void theTokenIsForTheDashboardClientWithTheDashboardScopeOnly() throws Exception {
        IssuedToken issued = tokens(" dashboard ").issue("10.0.0.1");

        assertThat(issued.scope()).isEqualTo("dashboard");
        assertThat(issued.expiresIn()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        JWTClaimsSet claims = SignedJWT.parse(issued.accessToken()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("dashboard");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("dashboard");
        assertThat(claims.getStringClaim("scope")).isEqualTo("dashboard");
        AccessToken verified = new TokenVerifier(keys, SETTINGS,
                ApiClients.from(Map.of("hub.api.dashboard-client", "dashboard"),
                        new SecretHasher()), Clock.systemUTC()).verify(issued.accessToken());
        assertThat(verified.clientId()).isEqualTo("dashboard");
        assertThat(verified.scopes()).containsExactly("dashboard");
    }

    @Test
    void anAddressGetsAtMostSixtyTokensAMinuteAndOthersStillGetTheirs() {
        DashboardTokens tokens = tokens("dashboard");
        for (int i = 0; i < DashboardTokens.PER_MINUTE; i++) {
            tokens.issue("10.0.0.1");
        }
        assertThatThrownBy(() -> tokens.issue("10.0.0.1")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(Long.parseLong(e.headers().get("Retry-After"))).isBetween(1L, 60L);
        });
        assertThat(tokens.issue("10.0.0.2").scope()).as("another viewer's address").isEqualTo("dashboard");
        assertThat(tokens.issue("2001:db8:0:1::7").scope()).isEqualTo("dashboard");
    }
}
