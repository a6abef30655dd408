package io.cloudsync.hub.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/** Signs access tokens: RS256 JWTs of type {@code at+jwt} (RFC 9068) with the key ring's active key. */
public final class TokenIssuer {

    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

    private final KeyRing keys;
    private final TokenSettings settings;
    private final Clock clock;

    public TokenIssuer(KeyRing keys, TokenSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedToken issue(String clientId, Set<String> scopes) {
        SigningKey key = keys.active();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String scope = ApiScopes.format(scopes);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", scope)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.ttl())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(TYPE).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key.pair()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token with key " + key.kid(), e);
        }
        return new IssuedToken(jwt.serialize(), "Bearer", settings.ttl().toSeconds(), scope);
    }
}
