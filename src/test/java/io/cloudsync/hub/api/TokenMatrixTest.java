package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a bearer token can be wrong, against the running hub: status, error code and the
 * {@code WWW-Authenticate} challenge of RFC 6750; and a good token, checked by a verifier of the test's own
 * with nothing but the keys of {@code /oauth/jwks.json}.
 */
class TokenMatrixTest {

    private static final String ADMIN_CALL = "/v1/admin/sync-status";
    private static final String INVALID = "Bearer realm=\"cloudsync-hub\", error=\"invalid_token\", error_description=";

    @TempDir
    static Path dir;
    static ApiHarness hub;
    static RSAKey hubKey;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of());
        hubKey = hub.bean("apiKeyRing", KeyRing.class).active().pair();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    record Rejection(String name, Forger token, String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Forger {
        String make() throws Exception;
    }

    static java.util.stream.Stream<Rejection> rejections() {
        UnaryOperator<JWTClaimsSet.Builder> same = c -> c;
        Instant now = Instant.now();
        return java.util.stream.Stream.of(
                new Rejection("malformed", () -> "not-a.jwt", "the token is not a well-formed JWT"),
                new Rejection("garbage in three parts", () -> "eyJhbGciOi.eyJzdWIiOi.c2ln", "the token is not a well-formed JWT"),
                new Rejection("forged with another key under the hub's kid",
                        () -> ForgedTokens.rs256(ForgedTokens.otherKey("x"), hubKey.getKeyID(),
                                ForgedTokens.claims("ops", "read write admin").build()),
                        "the token's signature is invalid"),
                new Rejection("signed by an unknown kid", () -> ForgedTokens.signedBy(ForgedTokens.otherKey("stranger"), same),
                        "the token is not signed by a key of this hub (RS256 with a key id from /oauth/jwks.json)"),
                new Rejection("expired", () -> ForgedTokens.signedBy(hubKey, c -> c
                        .issueTime(Date.from(now.minus(Duration.ofHours(3))))
                        .notBeforeTime(Date.from(now.minus(Duration.ofHours(3))))
                        .expirationTime(Date.from(now.minus(Duration.ofHours(2))))), "the token has expired"),
                new Rejection("not valid yet", () -> ForgedTokens.signedBy(hubKey, c -> c
                        .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))), "the token is not valid yet"),
                new Rejection("alg none", () -> ForgedTokens.unsigned(ForgedTokens.claims("ops", "read write admin").build()),
                        "unsigned tokens (alg none) are not accepted"),
                new Rejection("HS256 with the public key as secret",
                        () -> ForgedTokens.hmacWithPublicKey(hubKey.toPublicJWK(), ForgedTokens.claims("ops", "admin").build()),
                        "the token is not signed by a key of this hub (RS256 with a key id from /oauth/jwks.json)"),
                new Rejection("wrong issuer", () -> ForgedTokens.signedBy(hubKey, c -> c.issuer("someone-else")),
                        "the token was not issued by this hub (iss)"),
                new Rejection("wrong audience", () -> ForgedTokens.signedBy(hubKey, c -> c.audience("other-api")),
                        "the token is not meant for this API (aud)"),
                new Rejection("no expiry", () -> ForgedTokens.signedBy(hubKey, c -> c.expirationTime(null)),
                        "the token lacks required claims"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void aWrongTokenIsRefusedWith401AndTheReasonInTheChallenge(Rejection rejection) throws Exception {
        String token = rejection.token().make();

        HttpResponse<String> answer = hub.get(ADMIN_CALL, token);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue(INVALID + "\"" + rejection.description() + "\"");
        JsonNode body = hub.json(answer);
        assertThat(body.get("error").asText()).isEqualTo("invalid_token");
        assertThat(body.get("message").asText()).isEqualTo(rejection.description());
        assertThat(answer.body()).doesNotContain(token);
        assertThat(answer.headers().map()).doesNotContainKey("HubClientId");
    }

    @Test
    void noTokenIsAChallengeWithoutErrorCode() throws Exception {
        HttpResponse<String> answer = hub.get(ADMIN_CALL, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"cloudsync-hub\"");
        assertThat(hub.json(answer).get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void basicCredentialsOnAnApiCallAreNoBearerToken() throws Exception {
        HttpResponse<String> answer = hub.withAuthorization(ADMIN_CALL, "Basic b3BzOnMzY3JldC1mb3ItdGVzdHM=");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cloudsync-hub\"");
    }

    @Test
    void anEmptyBearerIsAnInvalidToken() throws Exception {
        HttpResponse<String> answer = hub.withAuthorization(ADMIN_CALL, "Bearer ");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith(INVALID);
    }

    @Test
    void aTokenWithinTheClockSkewIsAccepted() throws Exception {
        String token = ForgedTokens.signedBy(hubKey, c -> c.issueTime(Date.from(Instant.now().plusSeconds(20)))
                .notBeforeTime(Date.from(Instant.now().plusSeconds(20))));

        assertThat(hub.get(ADMIN_CALL, token).statusCode()).isEqualTo(200);
    }

    @Test
    void aValidTokenIsAcceptedAndAMissingScopeIs403() throws Exception {
        assertThat(hub.get(ADMIN_CALL, hub.token("ops")).statusCode()).isEqualTo(200);

        HttpResponse<String> reader = hub.get(ADMIN_CALL, hub.token("reader"));

        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(reader.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"cloudsync-hub\", error=\"insufficient_scope\", scope=\"admin\"");
        assertThat(hub.json(reader).get("error").asText()).isEqualTo("insufficient_scope");
    }

    @Test
    void theRouteGetsTheClientIdAndNotTheToken() throws Exception {
        HttpResponse<String> echo = hub.post("/v1/test/echo", hub.token("writer"), "{}");

        assertThat(echo.statusCode()).isEqualTo(200);
        assertThat(hub.json(echo).get("client").asText()).isEqualTo("writer");
    }

    @Test
    void anIssuedTokenVerifiesWithTheJwksAloneAndCarriesEveryClaim() throws Exception {
        String token = hub.token("ops");
        JWKSet jwks = JWKSet.parse(hub.get("/oauth/jwks.json", null).body());
        assertThat(jwks.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
        verifier.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        verifier.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("cloudsync-api",
                new JWTClaimsSet.Builder().issuer("cloudsync-hub").subject("ops").build(),
                Set.of("iat", "nbf", "exp", "jti", "scope", "client_id")));

        JWTClaimsSet claims = verifier.process(token, null);

        assertThat(claims.getStringClaim("client_id")).isEqualTo("ops");
        assertThat(claims.getStringClaim("scope")).isEqualTo("read write admin");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo(hubKey.getKeyID());
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }
}
