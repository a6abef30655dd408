package io.cloudsync.hub.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The API's OAuth2 scopes: {@code read} (sync and report reads), {@code write} (writes back to the store),
 * {@code admin} (dead letters, resync, status, key rotation), {@code dashboard} (what the dashboard page shows:
 * the sales report, product performance and the sync status, no personal data). No scope implies another.
 */
public final class ApiScopes {

    public static final String READ = "read";
    public static final String WRITE = "write";
    public static final String ADMIN = "admin";
    public static final String DASHBOARD = "dashboard";
    public static final List<String> KNOWN = List.of(READ, WRITE, ADMIN, DASHBOARD);

    private ApiScopes() {
    }

    /** Scopes separated by spaces or commas, in the order given, without repeats (unknown ones kept). */
    public static Set<String> parse(String text) {
        Set<String> scopes = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.trim().split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        return scopes;
    }

    /** The ones of {@code scopes} that are not scopes of this API. */
    public static List<String> unknown(Set<String> scopes) {
        return scopes.stream().filter(s -> !KNOWN.contains(s)).toList();
    }

    /** The OAuth2 form: space-separated, in the order of {@link #KNOWN}. */
    public static String format(Set<String> scopes) {
        return String.join(" ", KNOWN.stream().filter(scopes::contains).toList());
    }
}
