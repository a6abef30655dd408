package io.cloudsync.hub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rule (issue 9): no source file of the product or of the simulators passes 400 lines. */
class ClassSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void noMainSourceFilePassesFourHundredLines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("sandbox/src/main/java"))
                .flatMap(ClassSizeTest::javaFiles)) {
            over = files.filter(file -> lines(file) > MAX_LINES)
                    .map(file -> file + " (" + lines(file) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(over).as("source files over " + MAX_LINES + " lines").isEmpty();
    }

    @Test
    void scansBothSourceTrees() {
        assertThat(javaFiles(Path.of("src/main/java")).count()).isGreaterThan(100);
        assertThat(javaFiles(Path.of("sandbox/src/main/java")).count()).isGreaterThan(10);
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
