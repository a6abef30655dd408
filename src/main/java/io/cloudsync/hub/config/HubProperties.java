package io.cloudsync.hub.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hub's configuration as one immutable map, layered the way camel-main layers it:
 * defaults inside the jar, then {@code ./application.properties}, then environment variables ({@code HUB_DB_URL},
 * or {@code HUB_DB_URL_FILE} naming a file that holds the value: {@link EnvironmentKeys}), then {@code -Dkey=value}.
 * Commands that do not start Camel (check, sandbox) read their settings from here; {@code run} hands this merged
 * view to camel-main as its override properties, so route placeholders see the same values.
 */
public final class HubProperties {

    public static final String DEFAULTS_RESOURCE = "hub-defaults.properties";
    /**
     * The simulators' keys ({@code hub.sandbox.*}) with their defaults, in {@code cloudsync-sandbox.jar}: read after
     * {@value #DEFAULTS_RESOURCE} when that jar is on the class path, and known keys then like any other.
     */
    public static final String SANDBOX_DEFAULTS_RESOURCE = "sandbox-defaults.properties";
    public static final String FILE_NAME = "application.properties";
    /** The locations handed to camel-main: the first one that defines a key wins. */
    public static final String CAMEL_LOCATIONS =
            "file:" + FILE_NAME + ";optional=true,classpath:" + DEFAULTS_RESOURCE;

    private static final String CLIENTS_KEY = "hub.api.clients";

    private final Map<String, String> values;
    private final Set<String> fileKeys;
    private final Path file;
    private final List<String> unmatchedEnvironment;

    private HubProperties(Map<String, String> values, Set<String> fileKeys, Path file,
                          List<String> unmatchedEnvironment) {
        this.values = Map.copyOf(values);
        this.fileKeys = Set.copyOf(fileKeys);
        this.file = file;
        this.unmatchedEnvironment = List.copyOf(unmatchedEnvironment);
    }

    /**
     * Loads defaults, then {@code application.properties} in the working directory, then the environment, then
     * system properties.
     */
    public static HubProperties load() {
        return load(Path.of(FILE_NAME), System.getProperties(), System.getenv());
    }

    public static HubProperties load(Path file, Properties overrides) {
        return load(file, overrides, System.getenv());
    }

    /**
     * @param environment the environment variables (the process's, or a test's)
     * @throws ConfigException when a file cannot be read, or a {@code _FILE} variable names one that cannot
     */
    public static HubProperties load(Path file, Properties overrides, Map<String, String> environment) {
        Map<String, String> merged = new TreeMap<>(readDefaults());
        Set<String> fileKeys = new TreeSet<>();
        if (Files.isRegularFile(file)) {
            Properties fromFile = read(file);
            for (String key : fromFile.stringPropertyNames()) {
                merged.put(key, fromFile.getProperty(key).trim());
                fileKeys.add(key);
            }
        }
        Map<String, String> commandLine = new TreeMap<>();
        for (String key : overrides.stringPropertyNames()) {
            if (key.startsWith("hub.") || key.startsWith("camel.")) {
                commandLine.put(key, overrides.getProperty(key).trim());
            }
        }
        Set<String> known = new TreeSet<>(merged.keySet());
        known.addAll(commandLine.keySet());
        EnvironmentKeys.Resolved fromEnvironment = EnvironmentKeys.resolve(known,
                commandLine.getOrDefault(CLIENTS_KEY, merged.get(CLIENTS_KEY)), environment);
        merged.putAll(fromEnvironment.values());
        fileKeys.addAll(fromEnvironment.values().keySet());
        merged.putAll(commandLine);
        fileKeys.addAll(commandLine.keySet());
        return new HubProperties(merged, fileKeys, file, fromEnvironment.unmatched());
    }

    /** Only for tests and embedded use: the defaults with the given keys replaced. */
    public static HubProperties of(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(readDefaults());
        merged.putAll(overrides);
        return new HubProperties(merged, overrides.keySet(), Path.of(FILE_NAME), List.of());
    }

    /** The keys the hub knows: every key that has a default inside the jar (or the simulators' jar). */
    public static Set<String> knownKeys() {
        return readDefaults().keySet();
    }

    /** A copy with some keys replaced (tests, demo). */
    public HubProperties with(Map<String, String> replacements) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(replacements);
        Set<String> keys = new TreeSet<>(fileKeys);
        keys.addAll(replacements.keySet());
        return new HubProperties(merged, keys, file, unmatchedEnvironment);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new ConfigException("configuration key '" + key + "' is not set");
        }
        return value;
    }

    public Optional<String> find(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a whole number, got '" + value + "'");
        }
    }

    public long getLong(String key) {
        String value = get(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a whole number, got '" + value + "'");
        }
    }

    /**
     * A duration in Camel's syntax: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 2d}, or a bare number of
     * milliseconds.
     */
    public java.time.Duration getDuration(String key) {
        String value = get(key);
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("configuration key '" + key + "' must be a duration such as 30s, 5m or 6h, got '"
                    + value + "'");
        }
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** {@code HUB_…} environment variables that name no key the hub knows ({@code check} reports them). */
    public List<String> unmatchedEnvironment() {
        return unmatchedEnvironment;
    }

    /** Keys the user set, in application.properties, the environment or as -D options (checked by {@code check}). */
    public Set<String> userKeys() {
        return fileKeys;
    }

    public Path file() {
        return file;
    }

    public Properties toProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    /** The environment variable that overrides a key, as camel-main reads it: {@code hub.db.url} → {@code HUB_DB_URL}. */
    public static String envName(String key) {
        return EnvironmentKeys.envName(key);
    }

    private static Map<String, String> readDefaults() {
        Map<String, String> map = new TreeMap<>(readResource(DEFAULTS_RESOURCE, true));
        map.putAll(readResource(SANDBOX_DEFAULTS_RESOURCE, false));
        return map;
    }

    private static Map<String, String> readResource(String name, boolean required) {
        Properties defaults = new Properties();
        try (InputStream in = HubProperties.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                if (required) {
                    throw new ConfigException(name + " is missing from the classpath");
                }
                return Map.of();
            }
            defaults.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + name + ": " + e.getMessage());
        }
        Map<String, String> map = new TreeMap<>();
        for (String key : defaults.stringPropertyNames()) {
            map.put(key, defaults.getProperty(key).trim());
        }
        return map;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        return properties;
    }
}
