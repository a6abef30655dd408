package io.cloudsync.hub.crash;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Starts {@code java -jar cloudsync-hub.jar …} as ops do, in a folder holding routes/ and mapping/. */
final class HubProcesses implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("hub.jar", "target/cloudsync-hub.jar")).toAbsolutePath();

    private final Path workDir;
    private final List<Process> started = new ArrayList<>();

    HubProcesses(Path workDir) throws IOException {
        this.workDir = workDir;
        copy(Path.of("routes"), workDir.resolve("routes"));
        copy(Path.of("mapping"), workDir.resolve("mapping"));
    }

    Process start(String logName, List<String> jvmOptions, String... arguments) throws IOException {
        return start(logName, jvmOptions, Map.of(), arguments);
    }

    /** Starts the jar with {@code environment} added to this JVM's (as ops give keys: {@code HUB_…}). */
    Process start(String logName, List<String> jvmOptions, Map<String, String> environment, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(logName)));
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    File log(String name) {
        return workDir.resolve(name + ".log").toFile();
    }

    String logText(String name) throws IOException {
        File file = log(name);
        return file.exists() ? Files.readString(file.toPath()) : "";
    }

    Path workDir() {
        return workDir;
    }

    static int freePort() throws IOException {
        return io.cloudsync.hub.testing.TestPorts.free();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
