package io.cloudsync.hub.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Tryton of {@code demo --erp}: {@code erp/tryton/start} in its own folder (a SQLite database kept from one demo
 * to the next), on a local port; {@link #close()} runs {@code erp/tryton/stop}, also when the JVM is stopped (Ctrl-C).
 */
final class DemoTryton implements AutoCloseable {

    static final String DATABASE = "demo";
    static final String USER = "hub";
    /** What to install when trytond is missing (the modules erp/tryton/start activates). */
    static final String PACKAGES = "apt-get install tryton-server tryton-modules-{product,stock,sale,purchase,"
            + "stock-supply,purchase-request,company,party,account,currency,country}";
    private static final long START_MINUTES = 10;

    private final Path scripts;
    private final TrytonEndpoint endpoint;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private DemoTryton(Path scripts, TrytonEndpoint endpoint) {
        this.scripts = scripts;
        this.endpoint = endpoint;
    }

    /** Why Tryton cannot run for the demo (one line, with what to install), or empty when it can. */
    static Optional<String> unavailable(Path scripts) {
        return unavailable(scripts, System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** Same, with the commands looked up in {@code path} (a {@code PATH} value). */
    static Optional<String> unavailable(Path scripts, String path) {
        if (!Files.isExecutable(scripts.resolve("start"))) {
            return Optional.of(scripts.resolve("start") + " is missing");
        }
        if (!onPath(path, "trytond") || !onPath(path, "trytond-admin")) {
            return Optional.of("Tryton is not installed (" + PACKAGES + ")");
        }
        return Optional.empty();
    }

    /**
     * Starts trytond with the scripts of {@code scripts} in {@code dir} on {@code port} (0: a free one) and waits until
     * it answers the API user's login; stopped again when the JVM stops.
     *
     * @throws IllegalStateException with the script's reason when it fails
     */
    static DemoTryton start(Path scripts, Path dir, int port) {
        int chosen = port == 0 ? freePort() : port;
        TrytonEndpoint endpoint = new TrytonEndpoint("http://127.0.0.1:" + chosen + "/", DATABASE, USER,
                dir.toAbsolutePath().normalize());
        DemoTryton tryton = new DemoTryton(scripts, endpoint);
        Runtime.getRuntime().addShutdownHook(new Thread(tryton::close, "demo-tryton-stop"));
        try {
            tryton.run("start", "--dir", endpoint.dir().toString(), "--port", String.valueOf(chosen),
                    "--database", DATABASE, "--user", USER);
        } catch (RuntimeException e) {
            tryton.close();
            throw e;
        }
        return tryton;
    }

    TrytonEndpoint endpoint() {
        return endpoint;
    }

    /** The API user's password, from the file erp/tryton/start keeps it in. */
    String apiPassword() {
        try {
            return Files.readString(endpoint.apiPasswordFile(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + endpoint.apiPasswordFile(), e);
        }
    }

    /** Stops trytond (once; the shutdown hook's call after a normal stop does nothing). */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            try {
                run("stop", "--dir", endpoint.dir().toString());
            } catch (RuntimeException e) {
                System.err.println("demo: " + e.getMessage());
            }
        }
    }

    /** Runs a script; its output is shown only when it fails, by its last line (the scripts never print secrets). */
    private void run(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of(scripts.resolve(script).toString()));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // the scripts' own settings would override the demo's folder, port or password file
            builder.environment().keySet().removeIf(name -> name.startsWith("HUB_TRYTON_")
                    || name.startsWith("HUB_ERP_TRYTON_"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                throw new IllegalStateException("erp/tryton/" + script + " failed: " + lastLine(output));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("erp/tryton/" + script + " was interrupted", e);
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "(no output)" : lines[lines.length - 1];
    }

    private static boolean onPath(String path, String command) {
        return List.of(path.split(":")).stream().anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for Tryton", e);
        }
    }
}
