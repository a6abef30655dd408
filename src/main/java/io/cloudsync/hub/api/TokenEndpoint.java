package io.cloudsync.hub.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code POST /oauth/token}: the client-credentials grant (RFC 6749 §4.4). The client authenticates with HTTP
 * Basic or with {@code client_id} and {@code client_secret} in the form; {@code scope} may narrow the client's
 * scopes. Errors are {@link OAuthException}s in RFC 6749 §5.2 terms.
 * <p>
 * Failed authentications are counted per remote address ({@code hub.api.token-rate-limit} a minute): once an
 * address has spent them, its requests are 429 until the allowance comes back, right secret or not, so guessing is
 * slow; callers from other addresses, the real client among them, are not affected. An unknown id and a wrong
 * secret are the same answer and cost the same hashing, so the endpoint does not tell which ids exist.
 */
public final class TokenEndpoint {

    public static final String GRANT_TYPE = "client_credentials";

    private final ApiClients clients;
    private final TokenIssuer issuer;
    private final KeyedRateLimiter failures;

    /**
     * @param failures failed authentications a remote address may make a period; checked before the secret is, so
     *                 that guessing secrets is slow and costs the server no hashing beyond the limit
     */
    public TokenEndpoint(ApiClients clients, TokenIssuer issuer, KeyedRateLimiter failures) {
        this.clients = clients;
        this.issuer = issuer;
        this.failures = failures;
    }

    /**
     * @param form the request's form fields (platform-http hands a form body over as a map), or the raw
     *             {@code application/x-www-form-urlencoded} text
     * @param authorization the {@code Authorization} header of the HTTP request, or null
     * @param remoteAddress the address the request came from (its connection's), or null when unknown
     */
    public IssuedToken grant(Object form, String authorization, String remoteAddress) {
        Map<String, String> fields = fields(form);
        String grantType = fields.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw OAuthException.invalidRequest("grant_type is missing; this server supports grant_type="
                    + GRANT_TYPE);
        }
        ApiClient client = authenticate(fields, authorization, ClientAddress.key(remoteAddress));
        if (!GRANT_TYPE.equals(grantType)) {
            throw OAuthException.unsupportedGrantType("grant_type '" + printable(grantType)
                    + "' is not supported; use " + GRANT_TYPE);
        }
        Set<String> scopes = client.scopes();
        if (fields.containsKey("scope") && !fields.get("scope").isBlank()) {
            Set<String> asked = ApiScopes.parse(fields.get("scope"));
            if (!client.scopes().containsAll(asked)) {
                throw OAuthException.invalidScope("scope may name only scopes of this client: "
                        + ApiScopes.format(client.scopes()));
            }
            scopes = asked;
        }
        return issuer.issue(client.id(), scopes);
    }

    private ApiClient authenticate(Map<String, String> fields, String authorization, String address) {
        String id = fields.get("client_id");
        String secret = fields.get("client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (secret != null) {
                throw OAuthException.invalidRequest("authenticate with HTTP Basic or with client_secret in the form,"
                        + " not both");
            }
            String[] basic = basic(authorization.substring(6).trim());
            if (id != null && !id.equals(basic[0])) {
                throw OAuthException.invalidRequest("client_id in the form differs from the HTTP Basic user");
            }
            id = basic[0];
            secret = basic[1];
        }
        if (id == null || id.isBlank() || secret == null) {
            throw OAuthException.invalidClient("client authentication is missing: send the client id and secret as"
                    + " HTTP Basic, or client_id and client_secret in the form");
        }
        OptionalLong wait = failures.spent(address);
        if (wait.isPresent()) {
            throw OAuthException.tooManyRequests(wait.getAsLong());
        }
        Optional<ApiClient> client = clients.authenticate(id, secret);
        if (client.isEmpty()) {
            failures.tryAcquire(address);
            throw OAuthException.invalidClient("unknown client or wrong secret");
        }
        return client.get();
    }

    /** {@code id:secret}, each form-encoded before being joined (RFC 6749 §2.3.1). */
    private static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient("the HTTP Basic credentials are not Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthException.invalidClient("the HTTP Basic credentials are not id:secret");
        }
        return new String[] {formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1))};
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fields(Object form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).forEach((name, value) -> fields.put(String.valueOf(name), single(name, value)));
        } else if (form != null && !form.toString().isBlank()) {
            for (String pair : form.toString().trim().split("&")) {
                int equals = pair.indexOf('=');
                String name = formDecode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : formDecode(pair.substring(equals + 1));
                if (fields.putIfAbsent(name, value) != null) {
                    throw repeated(name);
                }
            }
        }
        return fields;
    }

    /** A form field sent twice arrives as a list; RFC 6749 §3.2 forbids repeating one. */
    private static String single(Object name, Object value) {
        if (value instanceof Iterable<?>) {
            throw repeated(String.valueOf(name));
        }
        return value == null ? "" : value.toString();
    }

    private static OAuthException repeated(String name) {
        return OAuthException.invalidRequest("the form field " + printable(name) + " is repeated");
    }

    private static String formDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the form is not valid application/x-www-form-urlencoded text");
        }
    }

    /** A caller's value repeated in an answer: short and plain. */
    private static String printable(String text) {
        String plain = text.replaceAll("[^A-Za-z0-9_.:-]", "?");
        return plain.length() <= 40 ? plain : plain.substring(0, 40) + "…";
    }
}
