package io.cloudsync.hub.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which web pages of other origins may call the API from a browser ({@code hub.api.cors-origins}: origins such as
 * {@code https://dashboard.example.com}, comma-separated, or {@code *} for any; empty: none, and no CORS header
 * is ever sent). A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered without a
 * token; the real call then needs its bearer token as usual. No cookies are involved (tokens travel in
 * {@code Authorization}), so credentials are never allowed.
 *
 * <p>Written by hand rather than with Vert.x Web's {@code CorsHandler} (4.5), which does not keep what the API
 * promises: it fails <em>every</em> request of an origin not listed with a bare 403, not only its preflight (a
 * call from such a page, or a client that sends {@code Origin} for its own reasons, would be refused instead of
 * answered without CORS headers), and its preflight answer differs (header lists joined without spaces, the
 * requested headers echoed rather than {@link #ALLOW_HEADERS}, no {@code Cache-Control: no-store}).
 */
public final class CorsPolicy {

    public static final String ALLOW_METHODS = "GET, POST, PUT, OPTIONS";
    public static final String ALLOW_HEADERS = "Authorization, Content-Type";
    /** What a page may read of an answer besides the simple headers: the export's file name, limits, challenges. */
    public static final String EXPOSE_HEADERS = "Content-Disposition, Retry-After, WWW-Authenticate";
    public static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;
    private final boolean any;

    private CorsPolicy(Set<String> origins) {
        this.any = origins.contains("*");
        this.origins = Set.copyOf(origins);
    }

    /** From the comma-separated value of {@code hub.api.cors-origins}. */
    public static CorsPolicy of(String configured) {
        Set<String> origins = new LinkedHashSet<>();
        if (configured != null) {
            for (String origin : configured.split(",")) {
                String trimmed = normalised(origin);
                if (!trimmed.isEmpty()) {
                    origins.add(trimmed);
                }
            }
        }
        return new CorsPolicy(origins);
    }

    /** A problem with one configured origin (it must be {@code *} or {@code scheme://host[:port]}), or null. */
    public static String problem(String origin) {
        String value = normalised(origin);
        if (value.equals("*") || value.matches("https?://[^/\\s?#]+")) {
            return null;
        }
        return "'" + origin.trim() + "' is not an origin: give scheme://host[:port] (no path), or *";
    }

    public boolean enabled() {
        return !origins.isEmpty();
    }

    public boolean allows(String origin) {
        return origin != null && (any || origins.contains(normalised(origin)));
    }

    /** The headers every answer to a call from {@code origin} carries; empty when it is not allowed. */
    public Map<String, String> answerHeaders(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (allows(origin)) {
            headers.put("Access-Control-Allow-Origin", any ? "*" : origin.trim());
            headers.put("Access-Control-Expose-Headers", EXPOSE_HEADERS);
            if (!any) {
                headers.put("Vary", "Origin");
            }
        }
        return headers;
    }

    /** The headers of the answer to a preflight from {@code origin}; empty when it is not allowed. */
    public Map<String, String> preflightHeaders(String origin) {
        Map<String, String> headers = answerHeaders(origin);
        if (!headers.isEmpty()) {
            headers.put("Access-Control-Allow-Methods", ALLOW_METHODS);
            headers.put("Access-Control-Allow-Headers", ALLOW_HEADERS);
            headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
        }
        return headers;
    }

    private static String normalised(String origin) {
        String value = origin == null ? "" : origin.trim();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
