package io.cloudsync.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code jvm.options} is a file the JVM accepts, it sets the small heap and the serial collector, and every start uses it. */
class JvmOptionsTest {

    private static final Path OPTIONS = Path.of("jvm.options");

    @Test
    void theJvmReadsTheFileAsASmallSerialHeap() throws Exception {
        String flags = finalFlags("@" + OPTIONS.toAbsolutePath());

        assertThat(flags).containsPattern("bool UseSerialGC\\s+= true\\s+\\{product\\} \\{command line\\}")
                .containsPattern("size_t MaxHeapSize\\s+= 268435456\\s")
                .as("freed native memory handed back").containsPattern("uint TrimNativeHeapInterval\\s+= 5000\\s");
    }

    @Test
    void optionsGivenAfterTheFileWin() throws Exception {
        String flags = finalFlags("@" + OPTIONS.toAbsolutePath(), "-Xmx512m", "-XX:-UseSerialGC", "-XX:+UseG1GC");

        assertThat(flags).containsPattern("size_t MaxHeapSize\\s+= 536870912\\s")
                .containsPattern("bool UseG1GC\\s+= true\\s");
    }

    @Test
    void theScriptTheUnitAndTheDocumentedLinePassTheFile() throws Exception {
        assertThat(Files.readString(Path.of("hub"))).contains("java @jvm.options ");
        assertThat(Files.readString(Path.of("deploy", "cloudsync-hub.service")))
                .contains("/usr/bin/java @/opt/cloudsync-hub/jvm.options ");
        assertThat(Files.readString(Path.of("docs", "operations.md"))).contains("java @jvm.options -jar");
    }

    private static String finalFlags(String... options) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
