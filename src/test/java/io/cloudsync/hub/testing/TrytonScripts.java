package io.cloudsync.hub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the project's erp/tryton scripts for the tests, and says why they cannot run on this machine. */
public final class TrytonScripts {

    public static final Path START = Path.of("erp/tryton/start");
    public static final Path STOP = Path.of("erp/tryton/stop");
    static final String PACKAGES = "tryton-server, tryton-modules-product, -stock, -sale, -purchase, -stock-supply, "
            + "-purchase-request, -company, -party, -account, -currency, -country";

    private static String unavailableReason;
    private static boolean checked;

    private TrytonScripts() {
    }

    /** Null when trytond and the modules are installed; otherwise why the Tryton tests cannot run. */
    public static synchronized String unavailableReason() {
        if (!checked) {
            checked = true;
            if (!Files.isExecutable(START)) {
                unavailableReason = START.toAbsolutePath() + " is missing";
            } else if (!onPath("trytond") || !onPath("trytond-admin")) {
                unavailableReason = "trytond is not installed: .ci/run installs it with apt-get (" + PACKAGES + ")";
            } else if (!succeeds("/usr/bin/python3", "-c", "import trytond.modules.purchase_request")) {
                unavailableReason = "the Tryton modules are not installed: .ci/run installs them with apt-get ("
                        + PACKAGES + ")";
            }
        }
        return unavailableReason;
    }

    /** Runs a script with its arguments and returns what it printed; a failure is thrown with that output. */
    public static String run(Path script, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("HUB_TRYTON_")
                    || name.startsWith("HUB_ERP_TRYTON_"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return List.of(path.split(":")).stream().anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
