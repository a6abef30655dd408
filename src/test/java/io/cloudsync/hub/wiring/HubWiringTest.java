package io.cloudsync.hub.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.config.HubProperties;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.junit.jupiter.api.Test;

/** The beans the route files name are each bound once, by one area's configuration class, as one object. */
class HubWiringTest {

    private static final Pattern ROUTE_REFERENCE = Pattern.compile(
            "(?:\\bref: *|\\$\\{bean:|idempotentRepository: *|executorService: *)\"?([a-zA-Z][a-zA-Z0-9]*)");
    /** A template's {@code ingest} parameter names the flow's bean ({@code value: productIngest}). */
    private static final Pattern TEMPLATE_BEAN = Pattern.compile("name: ingest\\s+value: *([a-zA-Z]+)");

    @Test
    void everyBeanARouteFileNamesIsBoundByExactlyOneConfiguration() throws IOException {
        Map<String, String> boundBy = new HashMap<>();
        Set<String> twice = new TreeSet<>();
        try (HubWiring wiring = wiring()) {
            for (CamelConfiguration configuration : wiring.configurations()) {
                for (Method method : configuration.getClass().getMethods()) {
                    if (method.isAnnotationPresent(BindToRegistry.class)
                            && boundBy.put(method.getName(), configuration.getClass().getSimpleName()) != null) {
                        twice.add(method.getName());
                    }
                }
            }
        }
        Set<String> named = namedInRouteFiles();

        assertThat(twice).as("names bound twice").isEmpty();
        assertThat(named).as("bean names in routes/").hasSizeGreaterThan(15);
        assertThat(boundBy.keySet()).containsAll(named);
    }

    @Test
    void aBoundBeanIsTheSameObjectJavaCodeReaches() throws Exception {
        try (HubWiring wiring = wiring()) {
            for (CamelConfiguration configuration : wiring.configurations()) {
                for (Method method : configuration.getClass().getMethods()) {
                    if (method.isAnnotationPresent(BindToRegistry.class)) {
                        assertThat(method.invoke(configuration)).as(method.getName()).isNotNull()
                                .isSameAs(method.invoke(configuration));
                    }
                }
            }
            assertThat(wiring.api().syncStatus()).isSameAs(wiring.api().syncStatus());
            assertThat(wiring.ingest().productIngest()).isNotNull();
        }
    }

    static HubWiring wiring() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return HubWiring.create(HubProperties.of(Map.of(
                "hub.db.url", "jdbc:h2:mem:wiring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "hub.api.key-encryption-key", Base64.getEncoder().encodeToString(key))));
    }

    private static Set<String> namedInRouteFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                Matcher matcher = ROUTE_REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
                Matcher template = TEMPLATE_BEAN.matcher(Files.readString(file));
                while (template.find()) {
                    names.add(template.group(1));
                }
            }
        }
        names.removeIf(name -> name.equals("hubRedeliveryPolicy"));
        return names;
    }
}
