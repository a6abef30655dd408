package io.cloudsync.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cloudsync.hub.api.AccessToken;
import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.ApiException;
import io.cloudsync.hub.api.IssuedToken;
import io.cloudsync.hub.api.KeyEncryptionKey;
import io.cloudsync.hub.api.KeyRing;
import io.cloudsync.hub.api.RateLimiter;
import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.api.SigningKeyCipher;
import io.cloudsync.hub.api.TokenIssuer;
import io.cloudsync.hub.api.TokenSettings;
import io.cloudsync.hub.api.TokenVerifier;
import io.cloudsync.hub.state.SigningKeyRepository;
import io.cloudsync.hub.state.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's tokens: only with hub.api.dashboard-client set, read-only, short-lived, rate-limited. */
class DashboardTokensTest {

    private static final TokenSettings SETTINGS = new TokenSettings("cloudsync-hub", "cloudsync-api",
            Duration.ofMinutes(15), Duration.ofSeconds(60));
    private static TestDatabase database;
    private static KeyRing keys;

    @BeforeAll
    static void keys() {
        database = TestDatabase.create(TestDatabase.Engine.H2);
        keys = new KeyRing(new SigningKeyRepository(database.dataSource()),
                new SigningKeyCipher(KeyEncryptionKey.random()), SETTINGS.retiredKeyLife(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static DashboardTokens tokens(String clientId, AtomicLong nanos) {
        return new DashboardTokens(Optional.ofNullable(clientId), new TokenIssuer(keys, SETTINGS, Clock.systemUTC()),
                new RateLimiter(DashboardTokens.PER_MINUTE, nanos::get));
    }

    @Test
    void withoutADashboardClientThereIsNoToken() {
        for (String unset : new String[] {null, "", "  "}) {
            DashboardTokens tokens = tokens(unset, new AtomicLong());
            assertThat(tokens.enabled()).isFalse();
            assertThatThrownBy(tokens::issue).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.getMessage()).contains("hub.api.dashboard-client");
            });
        }
    }

    @Test
    void theTokenIsForTheDashboardClientWithTheReadScopeOnly() throws Exception {
        IssuedToken issued = tokens(" dashboard ", new AtomicLong()).issue();

        assertThat(issued.scope()).isEqualTo("read");
        assertThat(issued.expiresIn()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        JWTClaimsSet claims = SignedJWT.parse(issued.accessToken()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("dashboard");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("dashboard");
        assertThat(claims.getStringClaim("scope")).isEqualTo("read");
        AccessToken verified = new TokenVerifier(keys, SETTINGS,
                ApiClients.from(Map.of("hub.api.dashboard-client", "dashboard"),
                        new SecretHasher()), Clock.systemUTC()).verify(issued.accessToken());
        assertThat(verified.clientId()).isEqualTo("dashboard");
        assertThat(verified.scopes()).containsExactly("read");
    }

    @Test
    void tokensAreIssuedAtMostSixtyAMinute() {
        AtomicLong nanos = new AtomicLong();
        DashboardTokens tokens = tokens("dashboard", nanos);
        for (int i = 0; i < DashboardTokens.PER_MINUTE; i++) {
            tokens.issue();
        }
        assertThatThrownBy(tokens::issue).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.headers()).containsEntry("Retry-After", "1");
        });
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(tokens.issue().scope()).isEqualTo("read");
    }
}
