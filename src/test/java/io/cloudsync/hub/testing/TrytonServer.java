package io.cloudsync.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One trytond for the test JVM, started by erp/tryton/start on a free port in target/tryton/, stopped when the JVM
 * ends. The database erp/tryton/start prepares is built once into target/tryton-template (again when the scripts
 * change) and every {@link #newDatabase()} is a copy of it, a SQLite file the same trytond serves.
 */
public final class TrytonServer {

    private static final Path TEMPLATE = Path.of("target/tryton-template");
    private static final String TEMPLATE_DATABASE = "template";
    private static final String TEMPLATE_FILE = "db/" + TEMPLATE_DATABASE + ".sqlite";
    private static TrytonServer shared;
    private static RuntimeException failure;

    private final Path dir;
    private final String url;
    private final String user;

    private TrytonServer(Path dir, String url, String user) {
        this.dir = dir;
        this.url = url;
        this.user = user;
    }

    /** The JVM's server, started on the first call; aborts the test, saying why, when Tryton is not installed. */
    public static synchronized TrytonServer shared() {
        String reason = TrytonScripts.unavailableReason();
        Assumptions.assumeTrue(reason == null, reason);
        if (shared == null && failure == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("trytond did not start for the tests", failure);
        }
        return shared;
    }

    /** A new database, a copy of the prepared template with its company, warehouse, API user and reference data. */
    public TrytonDatabase newDatabase() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        copy(dir.resolve(TEMPLATE_FILE), dir.resolve("db/" + name + ".sqlite"));
        return new TrytonDatabase(url, name, user, read(dir.resolve("api-user.password")),
                new TrytonTestClient(url, name, "admin", read(dir.resolve("admin.password"))));
    }

    public String url() {
        return url;
    }

    private static TrytonServer start() {
        Path dir = Path.of("target/tryton/jvm-" + ProcessHandle.current().pid()).toAbsolutePath();
        try {
            Files.createDirectories(dir.resolve("db"));
            Files.deleteIfExists(dir.resolve("trytond.pid"));
            copyTemplateTo(dir);
            int port = TestPorts.free();
            TrytonScripts.run(TrytonScripts.START, List.of("--dir", dir.toString(), "--port", String.valueOf(port),
                    "--database", TEMPLATE_DATABASE, "--user", "hub"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dir), "trytond-stop"));
            return new TrytonServer(dir, "http://127.0.0.1:" + port + "/", "hub");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the template database and its passwords to {@code dir}, building it first unless the one there was
     * built by the same scripts; one JVM at a time.
     */
    private static void copyTemplateTo(Path dir) {
        try {
            Files.createDirectories(TEMPLATE);
            try (FileChannel channel = FileChannel.open(TEMPLATE.resolveSibling("tryton-template.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                Path ready = TEMPLATE.resolve("ready");
                String scripts = scriptsDigest();
                if (!Files.exists(ready) || !Files.readString(ready).equals(scripts)) {
                    Files.deleteIfExists(ready);
                    TrytonScripts.run(TrytonScripts.START, List.of("--dir", TEMPLATE.toString(), "--database",
                            TEMPLATE_DATABASE, "--user", "hub", "--reset", "--prepare-only"));
                    Files.writeString(ready, scripts);
                }
                for (String file : List.of("admin.password", "api-user.password", TEMPLATE_FILE)) {
                    copy(TEMPLATE.resolve(file), dir.resolve(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scriptsDigest() throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : List.of("start", "setup.py")) {
                digest.update(Files.readAllBytes(TrytonScripts.START.resolveSibling(file)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("trytond.pid")).trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                process.destroy();
                process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(slow -> {
                    process.destroyForcibly();
                    return process;
                }).join();
            });
        } catch (IOException | NumberFormatException e) {
            // nothing was started
        }
        try (var databases = Files.list(dir.resolve("db"))) {
            for (Path database : databases.toList()) {
                Files.delete(database);
            }
        } catch (IOException e) {
            // the log stays; leftover copies go with target/
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
