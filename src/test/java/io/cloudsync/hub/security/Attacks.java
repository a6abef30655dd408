package io.cloudsync.hub.security;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The security suite's tally: every test of {@code io.cloudsync.hub.security} declares each attack it tries with
 * {@link #refused(String, String, boolean, String)}, naming the finding it replays (issue 8's numbers, or
 * {@code refused} for the attacks the hub already refused). An attack that got through fails its test.
 * Register it on the class ({@code @ExtendWith(Attacks.class)}): after each class it prints the running totals and
 * writes every attack this test JVM tried to {@code target/security-attacks-N.tsv}, N being its Surefire fork (the
 * test JVMs run side by side, each with some of the classes).
 */
public final class Attacks implements AfterAllCallback {

    private static final List<String> TRIED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final Path REPORT = Path.of("target",
            "security-attacks-" + System.getProperty("test.fork", "1") + ".tsv");

    /**
     * Records one attack and fails the test unless it was refused.
     *
     * @param finding the finding it replays ({@code "1"} … {@code "14"}, or {@code "refused"})
     * @param attack what was tried, in a few words
     * @param refused whether the hub refused it as it should
     * @param seen what the hub answered (status, message), shown when it was not refused
     */
    public static void refused(String finding, String attack, boolean refused, String seen) {
        TRIED.add(finding + "\t" + attack + "\t" + (refused ? "refused" : "GOT THROUGH"));
        if (refused) {
            REFUSED.incrementAndGet();
        } else {
            fail("attack not refused (finding " + finding + "): " + attack + "; the hub answered: " + seen);
        }
    }

    public static int tried() {
        return TRIED.size();
    }

    public static int refusedCount() {
        return REFUSED.get();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        System.out.println("security: " + tried() + " attacks tried so far, " + refusedCount() + " refused (after "
                + context.getDisplayName() + ")");
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, TRIED, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
