package io.cloudsync.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product reaches the simulators only through {@link Simulators} (ServiceLoader), so no source of the product
 * names a class of {@code io.cloudsync.hub.sandbox}: the product jar, which leaves them out, still links.
 */
class ProductWithoutSimulatorsTest {

    static final Path PRODUCT_SOURCES = Path.of("src/main/java");
    private static final Pattern SANDBOX_REFERENCE = Pattern.compile("\\bio\\.cloudsync\\.hub\\.sandbox\\b");

    @Test
    void noProductSourceNamesTheSimulators() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(PRODUCT_SOURCES)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(ProductWithoutSimulatorsTest::namesTheSandbox)
                    .map(Path::toString).sorted().toList();
        }
        assertThat(offenders).as("sources under %s that import or name io.cloudsync.hub.sandbox (use app.Simulators)",
                PRODUCT_SOURCES).isEmpty();
        assertThat(PRODUCT_SOURCES.resolve("io/cloudsync/hub/sandbox")).as("simulators live in sandbox/src/main/java")
                .doesNotExist();
    }

    @Test
    void aSourceThatImportsTheSimulatorsIsCaught() {
        assertThat(SANDBOX_REFERENCE.matcher("import io.cloudsync.hub.sandbox.Sandbox;").find()).isTrue();
        assertThat(SANDBOX_REFERENCE.matcher("x = io.cloudsync.hub.sandbox.store.StoreSandboxSettings.SANDBOX_KEY;")
                .find()).isTrue();
        assertThat(SANDBOX_REFERENCE.matcher("import io.cloudsync.hub.sandboxes.Other;").find()).isFalse();
    }

    private static boolean namesTheSandbox(Path file) {
        try {
            return SANDBOX_REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
