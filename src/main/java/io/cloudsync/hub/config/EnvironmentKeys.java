package io.cloudsync.hub.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Configuration keys given as environment variables: {@code HUB_STORE_API_KEY} sets {@code hub.store.api-key}, and
 * {@code HUB_STORE_API_KEY_FILE} sets it to the (trimmed) content of that file, so that no secret has to be on a
 * command line. Only {@code HUB_…} and {@code CAMEL_…} variables are read.
 *
 * <p>The name mapping is lossy ({@code .} and {@code -} both become {@code _}), so a variable is matched against
 * the keys the hub can know: every key with a default, every key of {@code application.properties} and
 * {@code -D}, and the per-client keys ({@code hub.api.client.<id>.secret-hash}, {@code .scopes}) of the ids in
 * {@code hub.api.clients}, itself possibly from the environment. A {@code HUB_…} variable that matches none is
 * listed in {@link Resolved#unmatched()} for {@code check} to report; a {@code CAMEL_…} one is left to camel-main,
 * which knows options the hub does not.
 */
public final class EnvironmentKeys {

    static final String FILE_SUFFIX = "_FILE";
    private static final String CLIENTS_KEY = "hub.api.clients";
    private static final String CLIENT_PREFIX = "hub.api.client.";

    private EnvironmentKeys() {
    }

    /**
     * @param values   keys set by the environment, with their values
     * @param unmatched {@code HUB_…} variables that name no key the hub knows
     */
    public record Resolved(Map<String, String> values, List<String> unmatched) {

        public Resolved {
            values = Map.copyOf(values);
            unmatched = List.copyOf(unmatched);
        }
    }

    /**
     * @param knownKeys   the keys that may be set (defaults, file and -D keys)
     * @param clientIds   {@code hub.api.clients} as the file or -D give it (null: unset); its ids and those of the
     *                    environment's value have their per-client keys matched
     * @param environment the process environment (a parameter for tests)
     * @throws ConfigException when a {@code _FILE} variable names a file that cannot be read, or a key is given both
     *                         directly and through a file; the message names the variable, never a value
     */
    public static Resolved resolve(Set<String> knownKeys, String clientIds, Map<String, String> environment) {
        Map<String, String> relevant = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name != null && value != null && (name.startsWith("HUB_") || name.startsWith("CAMEL_"))) {
                relevant.put(name, value);
            }
        });
        Set<String> keys = new TreeSet<>(knownKeys);
        keys.add(CLIENTS_KEY);
        Map<String, String> values = new TreeMap<>();
        // hub.api.clients first: the ids it lists say which per-client keys the other variables can name
        String clients = value(CLIENTS_KEY, relevant);
        if (clients != null) {
            values.put(CLIENTS_KEY, clients);
        }
        // both lists: -D may still replace the environment's, and extra known names only widen the matching
        String ids = (clients == null ? "" : clients) + "," + (clientIds == null ? "" : clientIds);
        for (String id : ids.split("[\\s,]+")) {
            if (!id.isBlank()) {
                keys.add(CLIENT_PREFIX + id.trim() + ".secret-hash");
                keys.add(CLIENT_PREFIX + id.trim() + ".scopes");
            }
        }
        Map<String, String> byName = new HashMap<>();
        for (String key : keys) {
            byName.put(envName(key), key);
        }
        List<String> unmatched = new ArrayList<>();
        for (String name : relevant.keySet()) {
            String key = byName.get(name);
            if (key == null && name.endsWith(FILE_SUFFIX)) {
                key = byName.get(name.substring(0, name.length() - FILE_SUFFIX.length()));
            }
            if (key == null) {
                if (name.startsWith("HUB_")) {
                    unmatched.add(name);
                }
            } else if (!values.containsKey(key)) {
                values.put(key, value(key, relevant));
            }
        }
        return new Resolved(values, unmatched);
    }

    /** The environment variable of a key, as camel-main maps it: {@code hub.db.url} → {@code HUB_DB_URL}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The key's value from {@code NAME} or from the file {@code NAME_FILE} names; null when neither is set. */
    private static String value(String key, Map<String, String> environment) {
        String name = envName(key);
        String direct = environment.get(name);
        String file = environment.get(name + FILE_SUFFIX);
        if (direct != null && file != null) {
            throw new ConfigException("both " + name + " and " + name + FILE_SUFFIX + " are set; set one of them");
        }
        if (file == null) {
            return direct == null ? null : direct.trim();
        }
        try {
            return Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8).trim();
        } catch (IOException | RuntimeException e) {
            // the exception's class only: its message holds the path at most, never the content, but says little more
            throw new ConfigException(name + FILE_SUFFIX + " names a file that cannot be read ("
                    + e.getClass().getSimpleName() + "): " + file.trim());
        }
    }
}
