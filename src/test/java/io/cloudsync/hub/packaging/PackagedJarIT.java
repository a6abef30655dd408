package io.cloudsync.hub.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the shaded jar the way ops do ({@code java -jar cloudsync-hub.jar} in a folder holding routes/), so a
 * runtime dependency missing from the jar fails the build instead of a user.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("hub.jar", "target/cloudsync-hub.jar")).toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path workDir;

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theJarStartsAndReportsUpOnTheManagementPort() throws Exception {
        copyRoutes();
        int apiPort = freePort();
        int managementPort = freePort();
        Process hub = start(List.of("-Dcamel.server.port=" + apiPort, "-Dcamel.management.port=" + managementPort,
                "-Dhub.db.url=jdbc:h2:file:" + workDir.resolve("data/hub")), List.of("run"));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            assertThat(hub.isAlive()).as("hub process alive; log:%n%s", log()).isTrue();
            HttpResponse<String> health = get("http://127.0.0.1:" + managementPort + "/observe/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        });
        HttpResponse<String> metrics = get("http://127.0.0.1:" + managementPort + "/observe/metrics");
        assertThat(metrics.body()).contains("app_info");
        assertThat(Files.exists(workDir.resolve("data/hub.mv.db"))).as("H2 state file created").isTrue();

        hub.destroy();
        assertThat(hub.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }

    @Test
    void theDemoShowsProductsArrivingInMarketSyncWithinAMinute() throws Exception {
        copyRoutes();
        copyFolder("mapping");
        int apiPort = freePort();
        Process demo = start(List.of("-Dhub.sandbox.store-port=" + freePort(),
                "-Dhub.sandbox.marketsync-port=" + freePort(), "-Dcamel.server.port=" + apiPort,
                "-Dcamel.management.port=" + freePort()), List.of("demo"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(demo.isAlive()).as("demo alive; log:%n%s", log()).isTrue();
            assertThat(log()).containsPattern("products [1-9][0-9,]*/[0-9,]+ delivered to marketsync");
        });
        assertThat(log()).contains("sandbox PrestaShop store", "sandbox MarketSync", "Stop with Ctrl-C")
                .doesNotContain("sandbox-private-key");
        assertThat(Files.exists(workDir.resolve("data/demo.mv.db"))).isTrue();
        assertThat(log()).contains("curl -s -u demo:demo-secret -d grant_type=client_credentials http://localhost:"
                + apiPort + "/oauth/token");
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort
                        + "/oauth/token")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("demo:demo-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(token.body()).contains("\"scope\":\"read write admin\"");
        String accessToken = new com.fasterxml.jackson.databind.ObjectMapper().readTree(token.body())
                .get("access_token").asText();
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort
                + "/v1/admin/sync-status")).header("Authorization", "Bearer " + accessToken).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);

        // the dashboard, from the jar: the page, Chart.js from its WebJar, and a dashboard-scoped token without a secret
        assertThat(log()).contains("dashboard http://localhost:" + apiPort + "/");
        HttpResponse<String> page = get("http://127.0.0.1:" + apiPort + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("sales-chart");
        HttpResponse<String> chartJs = get("http://127.0.0.1:" + apiPort + "/webjars/chart.js/dist/chart.umd.js");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        HttpResponse<String> dashboardToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort
                + "/dashboard/token")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboardToken.statusCode()).as(dashboardToken.body()).isEqualTo(200);
        assertThat(dashboardToken.body()).contains("\"scope\":\"dashboard\"");
    }

    @Test
    void theJarListsItsCommandsAndChecksItsRouteFilesOffline() throws Exception {
        copyRoutes();
        Process help = start(List.of(), List.of("--help"));
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(log()).contains("run", "demo", "sandbox", "check", "dlq", "resync", "hash-secret", "keys");

        Process check = start(List.of(), List.of("check", "--offline"));
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(log()).isZero();
        assertThat(log()).contains("check passed");
    }

    private Process start(List<String> jvmOptions, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile())).start();
        processes.add(process);
        return process;
    }

    private void copyRoutes() throws IOException {
        copyFolder("routes");
    }

    private void copyFolder(String name) throws IOException {
        Path target = Files.createDirectories(workDir.resolve(name));
        try (var files = Files.list(Path.of(name))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    private File logFile() {
        return workDir.resolve("hub.log").toFile();
    }

    private String log() throws IOException {
        return logFile().exists() ? Files.readString(logFile().toPath()) : "";
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        return io.cloudsync.hub.testing.TestPorts.free();
    }
}
