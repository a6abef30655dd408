package io.cloudsync.hub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy/cloudsync-hub.service} passes {@code systemd-analyze verify} without a single complaint. */
class SystemdUnitTest {

    private static final Path UNIT = Path.of("deploy", "cloudsync-hub.service");
    private static final Path ANALYZE = Path.of("/usr/bin/systemd-analyze");

    @TempDir
    Path dir;

    @Test
    void systemdAcceptsTheUnitAsItIs() throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "no " + ANALYZE + " on this machine (systemd is not installed):"
                + " the unit file is not verified here");
        // verify checks that ExecStart's program exists: this JVM's java stands in for /usr/bin/java
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Path unit = dir.resolve(UNIT.getFileName());
        Files.writeString(unit, Files.readString(UNIT).replace("ExecStart=/usr/bin/java ", "ExecStart=" + java + " "));

        Process verify = new ProcessBuilder(ANALYZE.toString(), "verify", unit.toString()).redirectErrorStream(true)
                .start();
        String complaints = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(complaints).as("systemd-analyze verify says").isBlank();
        assertThat(verify.exitValue()).isZero();
    }

    @Test
    void theUnitRunsTheJarConfinedWithItsDataUnderVarLib() throws IOException {
        String unit = Files.readString(UNIT);

        assertThat(unit).contains("ExecStart=/usr/bin/java @/opt/cloudsync-hub/jvm.options $HUB_JAVA_OPTS -jar /opt/cloudsync-hub/cloudsync-hub.jar run",
                "WorkingDirectory=/etc/cloudsync-hub", "StateDirectory=cloudsync-hub",
                "HUB_DB_URL=jdbc:h2:file:/var/lib/cloudsync-hub/hub", "ReadWritePaths=/var/lib/cloudsync-hub",
                "User=cloudsync-hub", "UMask=0077", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes",
                "PrivateTmp=yes", "Restart=on-failure", "LoadCredential=", "HUB_STORE_API_KEY_FILE=%d/");
        assertThat(unit).as("secrets come from credential files, never the unit").doesNotContain("sandbox-");
    }
}
