package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In the route files, every REST operation's {@code security} scopes and the scopes its route's guard checks are
 * the same set, so the OpenAPI document says what is enforced; and the scope dashboard goes only on what the
 * dashboard page shows.
 */
class GuardScopesTest {

    private static final Pattern GUARD = Pattern.compile("authorize\\(\\$\\{exchange}, '([^']*)'\\)");
    private static final Set<String> DASHBOARD_OPERATIONS = Set.of("api-reports-sales",
            "api-reports-products-performance", "api-dashboard-status");

    @Test
    void eachOperationsDeclaredScopesAreTheOnesItsGuardChecks() throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> guarded = new TreeMap<>();
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList()) {
                for (JsonNode item : yaml.readTree(file.toFile())) {
                    item.path("rest").properties().forEach(verb -> verb.getValue().forEach(operation -> {
                        if (operation.has("security")) {
                            declared.put(operation.path("id").asText(),
                                    ApiScopes.parse(operation.path("security").get(0).path("scopes").asText()));
                        }
                    }));
                    JsonNode route = item.path("route");
                    for (JsonNode step : route.path("from").path("steps")) {
                        if (step.path("bean").path("ref").asText().equals("apiGuard")) {
                            Matcher scopes = GUARD.matcher(step.path("bean").path("method").asText());
                            assertThat(scopes.matches()).as(route.path("id").asText()).isTrue();
                            guarded.put(route.path("id").asText(), ApiScopes.parse(scopes.group(1)));
                        }
                    }
                }
            }
        }
        assertThat(declared).hasSizeGreaterThan(15);
        assertThat(guarded).isEqualTo(declared);
        declared.forEach((operation, scopes) -> assertThat(scopes.contains(ApiScopes.DASHBOARD)).as(operation)
                .isEqualTo(DASHBOARD_OPERATIONS.contains(operation)));
        assertThat(List.copyOf(declared.get("api-dashboard-status"))).containsExactly("read", "dashboard");
    }
}
