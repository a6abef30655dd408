package io.cloudsync.hub.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulators are not the product (issue 9, item 1): the packaged {@code cloudsync-hub.jar} holds none of their
 * classes or resources, {@code cloudsync-sandbox.jar} beside it holds them, and the product jar's manifest names that
 * jar so {@code demo} and {@code sandbox} find it; without it they say so in one line.
 */
class SandboxJarIT {

    private static final Path HUB_JAR = Path.of(System.getProperty("hub.jar", "target/cloudsync-hub.jar"));
    private static final Path SANDBOX_JAR = HUB_JAR.resolveSibling("cloudsync-sandbox.jar");

    @Test
    void theProductJarHoldsNoSimulatorClassOrResource() throws IOException {
        List<String> entries = entries(HUB_JAR);
        assertThat(entries).as("entries of %s", HUB_JAR).contains("io/cloudsync/hub/app/HubMain.class",
                "hub-defaults.properties");
        assertThat(entries.stream().filter(SandboxJarIT::isSimulator).toList())
                .as("simulator classes and resources in %s", HUB_JAR).isEmpty();
    }

    @Test
    void theSandboxJarHoldsTheSimulatorsAndNothingOfTheProduct() throws IOException {
        List<String> entries = entries(SANDBOX_JAR);
        assertThat(entries).as("entries of %s", SANDBOX_JAR).contains(
                "io/cloudsync/hub/sandbox/Sandbox.class",
                "io/cloudsync/hub/sandbox/store/StoreSimulator.class",
                "io/cloudsync/hub/sandbox/marketsync/MarketSyncSimulator.class",
                "sandbox/STORE-CONTROL-API.md", "sandbox/MARKETSYNC-SANDBOX-API.md",
                "sandbox-defaults.properties", "META-INF/services/io.cloudsync.hub.app.Simulators");
        assertThat(entries.stream().filter(name -> name.endsWith(".class") && !isSimulator(name)).toList())
                .as("classes of the product in %s", SANDBOX_JAR).isEmpty();
    }

    @Test
    void theProductJarFindsTheSandboxJarBesideIt() throws IOException {
        try (JarFile jar = new JarFile(HUB_JAR.toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Class-Path")).isEqualTo("cloudsync-sandbox.jar");
        }
    }

    @Test
    void withoutTheSandboxJarDemoAndSandboxSayWhatIsMissingInOneLine(@TempDir Path alone) throws Exception {
        Files.copy(HUB_JAR, alone.resolve("cloudsync-hub.jar"));
        for (String command : List.of("demo", "sandbox")) {
            Path log = alone.resolve(command + ".log");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", "cloudsync-hub.jar", command).directory(alone.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ends by itself", command).isTrue();
            assertThat(process.exitValue()).as("exit code of %s", command).isEqualTo(1);
            assertThat(Files.readAllLines(log)).as("output of %s", command).containsExactly("error: " + command
                    + " needs the simulators, but cloudsync-sandbox.jar is not next to cloudsync-hub.jar"
                    + " (./mvnw package builds both into target/)");
        }
    }

    private static boolean isSimulator(String entry) {
        return entry.startsWith("io/cloudsync/hub/sandbox/") || entry.startsWith("sandbox/")
                || entry.equals("sandbox-defaults.properties")
                || entry.equals("META-INF/services/io.cloudsync.hub.app.Simulators");
    }

    private static List<String> entries(Path jar) throws IOException {
        assertThat(Files.isRegularFile(jar)).as("%s exists (built by mvn package)", jar).isTrue();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(name -> !name.endsWith("/")).toList();
        }
    }
}
