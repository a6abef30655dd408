package io.cloudsync.hub.api;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Tokens a test makes itself: right or wrong in one way each, signed with the hub's key or another. */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The claims the hub would issue to this client now. */
    public static JWTClaimsSet.Builder claims(String clientId, String scope) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("cloudsync-hub").audience("cloudsync-api").subject(clientId)
                .claim("client_id", clientId).claim("scope", scope).issueTime(Date.from(now))
                .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
    }

    public static String rs256(RSAKey key, String kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid)
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    public static String rs256(RSAKey key, JWTClaimsSet claims) throws Exception {
        return rs256(key, key.getKeyID(), claims);
    }

    public static String signedBy(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return rs256(key, change.apply(claims("ops", "read write admin")).build());
    }

    public static RSAKey otherKey(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** The algorithm-confusion attack: HS256 with the hub's public key (as published) used as the HMAC secret. */
    public static String hmacWithPublicKey(RSAKey publicKey, JWTClaimsSet claims) throws Exception {
        byte[] secret = publicKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
