package io.cloudsync.hub.camel;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Query parameters the API refuses (400, naming the parameter) before any route runs: those named like a header
 * the hub or Camel reads. platform-http makes every query parameter a message header of the same name, added to
 * (or creating) the request's header; so {@code ?Authorization=Bearer …} or {@code ?Content-Type=…} must never reach
 * a route. Names are compared without case, as header names are.
 */
final class HeaderNamedParameters {

    private static final Set<String> HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "content-type", "content-length", "content-encoding", "transfer-encoding", "host", "origin", "accept",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded",
            ApiGuard.CLIENT_ID_HEADER.toLowerCase(Locale.ROOT),
            RequestHeaders.REMOTE_ADDRESS_HEADER.toLowerCase(Locale.ROOT));
    private static final String[] PREFIXES = {"camel", "org.apache.camel", "hub"};

    private HeaderNamedParameters() {
    }

    /** The first of these parameter names that is a header's, if any. */
    static Optional<String> first(Iterable<String> names) {
        for (String name : names) {
            if (isHeaderName(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static boolean isHeaderName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (HEADERS.contains(lower)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
