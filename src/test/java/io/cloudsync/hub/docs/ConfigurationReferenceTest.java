package io.cloudsync.hub.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md cannot drift from the defaults files: every key of hub-defaults.properties and of the
 * simulators' sandbox-defaults.properties is listed there with the same default, and nothing else is listed apart
 * from the declared per-client keys. The failure message
 * names every key at fault and the table row to add, so whoever adds a key knows what to write.
 */
class ConfigurationReferenceTest {

    static final Path DEFAULTS = Path.of("src/main/resources/hub-defaults.properties");
    static final Path SANDBOX_DEFAULTS = Path.of("sandbox/src/main/resources/sandbox-defaults.properties");
    static final Path REFERENCE = Path.of("docs/configuration.md");
    /** Keys with a part the user chooses; they have no default, so the defaults file cannot list them. */
    static final Set<String> DYNAMIC = Set.of("hub.api.client.<id>.secret-hash", "hub.api.client.<id>.scopes");

    private static final String HEADER = "| key | default | meaning |";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|(.*?)\\|.*\\|\\s*$");

    @Test
    void theReferenceListsEveryKeyOfTheDefaultsWithItsDefaultAndNoOther() throws IOException {
        Map<String, String> defaults = defaults();
        Map<String, String> listed = listedKeys(Files.readAllLines(REFERENCE, StandardCharsets.UTF_8));

        List<String> problems = new ArrayList<>();
        defaults.forEach((key, value) -> {
            if (!listed.containsKey(key)) {
                problems.add("missing: " + key + " — add to " + REFERENCE + " under its group: | `" + key + "` | "
                        + cell(value) + " | <meaning> |");
            } else if (!listed.get(key).equals(value)) {
                problems.add("other default: " + key + " is listed with '" + listed.get(key)
                        + "' but the defaults file has '" + value + "' (write " + cell(value) + ")");
            }
        });
        listed.keySet().stream()
                .filter(key -> !defaults.containsKey(key) && !DYNAMIC.contains(key))
                .forEach(key -> problems.add("unknown: " + key + " is listed in " + REFERENCE
                        + " but neither " + DEFAULTS + " nor " + SANDBOX_DEFAULTS
                        + " has such a key (remove the row, or add the key with its default)"));

        assertThat(problems).as("keys of %s and %s against %s", DEFAULTS, SANDBOX_DEFAULTS, REFERENCE).isEmpty();
    }

    @Test
    void theSimulatorsKeysAreTheirsAndOnlyTheirs() throws IOException {
        assertThat(read(SANDBOX_DEFAULTS)).as("keys of %s", SANDBOX_DEFAULTS).isNotEmpty()
                .allSatisfy((key, value) -> assertThat(key).startsWith("hub.sandbox."));
        assertThat(read(DEFAULTS).keySet()).as("keys of %s", DEFAULTS).noneMatch(key -> key.startsWith("hub.sandbox."));
    }

    @Test
    void theDeclaredPerClientKeysAreDocumented() throws IOException {
        Map<String, String> listed = listedKeys(Files.readAllLines(REFERENCE, StandardCharsets.UTF_8));
        assertThat(listed.keySet()).containsAll(DYNAMIC);
    }

    @Test
    void aRowIsReadAsKeyAndDefault() {
        Map<String, String> listed = listedKeys(List.of(HEADER, "|---|---|---|",
                "| `hub.a` | `12 months` | a year |", "| `hub.b` | | empty | with a pipe |", "", "| `not.read` | `x` | y |"));
        assertThat(listed).containsExactly(Map.entry("hub.a", "12 months"), Map.entry("hub.b", ""));
    }

    /** The key → default of every row of every table whose header is {@value #HEADER}. */
    static Map<String, String> listedKeys(List<String> lines) {
        Map<String, String> listed = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.equals(HEADER)) {
                inTable = true;
                continue;
            }
            if (!trimmed.startsWith("|")) {
                inTable = false;
                continue;
            }
            Matcher row = ROW.matcher(trimmed);
            if (inTable && row.matches()) {
                listed.put(row.group(1), uncell(row.group(2).trim()));
            }
        }
        return listed;
    }

    private static String uncell(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1)
                : cell;
    }

    private static String cell(String value) {
        return value.isEmpty() ? "" : "`" + value + "`";
    }

    /** The keys of both defaults files, the product's and the simulators'. */
    static Map<String, String> defaults() throws IOException {
        Map<String, String> defaults = read(DEFAULTS);
        defaults.putAll(read(SANDBOX_DEFAULTS));
        return defaults;
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> defaults = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> defaults.put(key, properties.getProperty(key).trim()));
        return defaults;
    }
}
