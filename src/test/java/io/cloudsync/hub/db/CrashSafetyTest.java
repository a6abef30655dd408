package io.cloudsync.hub.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 with its default WRITE_DELAY loses committed transactions when the process dies. Through
 * {@link DatabaseSettings} (which forces WRITE_DELAY=0) every acknowledged row must survive a kill -9.
 */
class CrashSafetyTest {

    private static final long ACKS_BEFORE_KILL = 300;

    @Test
    void everyAcknowledgedRowSurvivesAKilledProcess(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("hub").toAbsolutePath();
        Path errors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), url)
                .redirectError(errors.toFile())
                .start();
        long lastAck;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            lastAck = readAcks(out, ACKS_BEFORE_KILL);
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe
            child.toHandle().destroyForcibly();
            child.waitFor();
            // acks already in the pipe were committed before the kill as well
            lastAck = Math.max(lastAck, readAcks(out, Long.MAX_VALUE));
        } finally {
            child.destroyForcibly();
        }
        assertThat(lastAck).as("acks from the child (stderr: %s)", stderr(errors)).isGreaterThanOrEqualTo(
                ACKS_BEFORE_KILL);

        try (HikariDataSource reopened = Database.openMigrated(new DatabaseSettings(url, "sa", "", 2))) {
            List<Long> acknowledged = LongStream.rangeClosed(1, lastAck).boxed().toList();
            assertThat(new StockSnapshotRepository(reopened).quantities(acknowledged)).hasSize((int) lastAck);
        }
    }

    /** Reads {@code ack N} lines until N reaches {@code until} or the stream ends; returns the last N. */
    private static long readAcks(BufferedReader out, long until) throws IOException {
        long last = 0;
        String line;
        while (last < until && (line = out.readLine()) != null) {
            if (line.startsWith("ack ")) {
                last = Long.parseLong(line.substring(4).trim());
            }
        }
        return last;
    }

    private static String stderr(Path errors) throws IOException {
        return Files.exists(errors) ? Files.readString(errors) : "";
    }
}
