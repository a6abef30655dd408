package io.cloudsync.hub.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an access token: an RS256 JWT of type {@code at+jwt} signed by one of the key ring's keys (so
 * {@code alg=none}, HMAC with the public key as secret and foreign keys all fail), from this issuer, for this
 * audience, and within its lifetime give or take the clock skew; its client must still be configured and still
 * hold every scope the token carries ({@link ApiClients#allowedScopes}). A refused token is an {@link ApiException}
 * whose message says why without repeating the token.
 */
public final class TokenVerifier {

    private static final Set<String> REQUIRED = Set.of("sub", "client_id", "scope", "iat", "nbf", "exp", "jti");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final ApiClients clients;

    public TokenVerifier(KeyRing keys, TokenSettings settings, ApiClients clients, Clock clock) {
        this.clients = clients;
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TokenIssuer.TYPE));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), REQUIRED) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    public AccessToken verify(String token) {
        JWTClaimsSet claims;
        try {
            JWT jwt = JWTParser.parse(token);
            if (jwt instanceof PlainJWT) {
                throw BearerChallenge.invalidToken("unsigned tokens (alg none) are not accepted");
            }
            claims = processor.process(jwt, null);
        } catch (ParseException e) {
            throw BearerChallenge.invalidToken("the token is not a well-formed JWT");
        } catch (BadJOSEException | JOSEException e) {
            throw BearerChallenge.invalidToken(reason(e));
        }
        AccessToken accessToken;
        try {
            accessToken = new AccessToken(claims.getStringClaim("client_id"),
                    ApiScopes.parse(claims.getStringClaim("scope")), claims.getExpirationTime().toInstant(),
                    claims.getJWTID());
        } catch (ParseException e) {
            throw BearerChallenge.invalidToken("the token's client_id or scope is not text");
        }
        return stillGranted(accessToken);
    }

    private AccessToken stillGranted(AccessToken token) {
        Set<String> held = clients.allowedScopes(token.clientId());
        if (held.isEmpty()) {
            throw BearerChallenge.invalidToken("the token's client " + token.clientId() + " is not configured on"
                    + " this hub (any more)");
        }
        if (!held.containsAll(token.scopes())) {
            throw BearerChallenge.invalidToken("the token carries scopes its client " + token.clientId()
                    + " no longer has; ask for a new token");
        }
        return token;
    }

    /** Nimbus' reasons in the API's words (its messages can quote claim values). */
    static String reason(Exception e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("unsecured") || text.contains("plain")) {
            return "unsigned tokens (alg none) are not accepted";
        }
        if (text.contains("encrypted")) {
            return "encrypted tokens are not accepted";
        }
        if (text.contains("type")) {
            return "the token is not an access token of this hub (typ must be at+jwt)";
        }
        if (text.contains("another algorithm expected") || text.contains("no matching key")) {
            return "the token is not signed by a key of this hub (RS256 with a key id from /oauth/jwks.json)";
        }
        if (text.contains("signature")) {
            return "the token's signature is invalid";
        }
        if (text.contains("expired")) {
            return "the token has expired";
        }
        if (text.contains("before use time")) {
            return "the token is not valid yet";
        }
        if (text.contains("audience")) {
            return "the token is not meant for this API (aud)";
        }
        if (text.contains("missing required claims")) {
            return "the token lacks required claims";
        }
        if (text.contains("iss")) {
            return "the token was not issued by this hub (iss)";
        }
        return "the token is invalid";
    }
}
