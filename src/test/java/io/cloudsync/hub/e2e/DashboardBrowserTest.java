package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.reports.ReportRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: the hub on the sandbox (orders spread over the last 30 days) with
 * {@code hub.api.dashboard-client} set, as the demo has it. Once every order is mirrored and every change set
 * delivered, {@code src/test/browser/dashboard-check.mjs} opens {@code /} in the system's Chromium through
 * playwright-core and reports what the page shows; that must be what the Reporting API and the sync status answer
 * a token of our own: total sales, orders, average ticket, the 30 daily points of the line chart, the top products
 * in the table and the bar chart, the flows and the dead-letter count. It also saves {@code target/dashboard.png}
 * and {@code target/dashboard-phone.png} (390 x 844, where nothing may stick out sideways).
 *
 * <p>Needs Node.js 18+ and Chromium at {@code /usr/bin/chromium}; without them it is skipped and says how to get
 * them. playwright-core (pinned in src/test/browser/package-lock.json) is installed with {@code npm ci} when
 * {@code src/test/browser/node_modules} lacks it; playwright downloads no browser.
 */
class DashboardBrowserTest {

    private static final Path BROWSER_DIR = Path.of("src/test/browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DESKTOP_SHOT = Path.of("target/dashboard.png");
    private static final Path PHONE_SHOT = Path.of("target/dashboard-phone.png");
    private static final String CLIENT = "checker";
    private static final String SECRET = "checker-secret-for-tests";
    private static final Duration SYNC = Duration.ofSeconds(120);

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(commandWorks("node", "--version"), "Node.js is missing: the dashboard's browser test"
                + " needs node 18+ and npm on the PATH (Debian: apt-get install -y nodejs npm)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is missing at " + CHROMIUM + ": the dashboard's"
                + " browser test needs it (Debian: apt-get install -y chromium; .ci/run installs it when it can)");
        installPlaywright();

        StoreSandboxSettings store = StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(40)
                .withActivityPerMinute(0).withCustomersAndOrders(80, 300);
        // orders over the last 45 days: most fall in the dashboard's 30, some before them
        store = new StoreSandboxSettings(store.port(), store.apiKey(), store.products(), store.seed(), store.timezone(),
                store.languages(), store.customers(), store.orders(), 45, 0);
        Map<String, String> keys = new HashMap<>();
        keys.put("hub.api.dashboard-client", "dashboard");
        keys.put("hub.api.clients", CLIENT);
        keys.put("hub.api.client." + CLIENT + ".secret-hash", new SecretHasher().hash(SECRET));
        keys.put("hub.api.client." + CLIENT + ".scopes", "read");
        harness = SyncHarness.start(dir, store, MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0), keys);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theDashboardShowsWhatTheReportingApiAnswers() throws Exception {
        awaitSyncedAndDelivered();
        String token = token();
        JsonNode sales = api("/v1/reports/sales?group_by=day", token);
        JsonNode products = api("/v1/reports/products/performance?period_days=30&limit=10", token);
        JsonNode status = api("/v1/dashboard/status", token);
        assertThat(sales.path("total_orders").asLong()).as("orders in the last 30 days: %s", sales).isPositive();
        assertThat(products.path("top_products").size()).isPositive();

        JsonNode page = runBrowserCheck();
        JsonNode desktop = page.path("desktop");

        assertThat(page.path("pageErrors")).as("script errors").isEmpty();
        assertThat(page.path("failedRequests")).as("requests that failed").isEmpty();
        assertThat(page.path("consoleErrors")).as("console errors (CSP violations among them)").isEmpty();
        assertThat(desktop.path("state").asText()).isEqualTo("ready");
        assertThat(desktop.path("errors").asInt()).isZero();
        assertThat(desktop.path("errorTexts")).isEmpty();

        shows(desktop.path("totalSales"), sales.path("total_sales"));
        shows(desktop.path("totalOrders"), sales.path("total_orders"));
        shows(desktop.path("averageTicket"), sales.path("average_ticket"));
        shows(desktop.path("deadLetters"), status.path("dead_letters_pending"));
        shows(desktop.path("openShortages"), status.path("inventory").path("open_shortages"));
        assertThat(desktop.path("shortageRows").asInt()).isEqualTo(status.path("inventory").path("shortages").size());
        assertThat(desktop.path("decisionRows").asInt()).isEqualTo(status.path("inventory").path("decisions").size());

        JsonNode line = desktop.path("salesChart");
        assertThat(line.path("type").asText()).isEqualTo("line");
        List<String> days = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        sales.path("data").forEach(day -> {
            days.add(day.path("date").asText());
            totals.add(day.path("total").decimalValue());
        });
        assertThat(days).hasSize(30);
        assertThat(texts(line.path("labels"))).isEqualTo(days);
        assertThat(decimals(line.path("data"))).usingElementComparator(BigDecimal::compareTo).isEqualTo(totals);
        assertThat(line.path("width").asInt()).isPositive();
        assertThat(line.path("height").asInt()).isPositive();

        JsonNode bars = desktop.path("productsChart");
        assertThat(bars.path("type").asText()).isEqualTo("bar");
        JsonNode rows = desktop.path("topProducts");
        JsonNode top = products.path("top_products");
        assertThat(rows.size()).isEqualTo(top.size());
        assertThat(bars.path("data").size()).isEqualTo(top.size());
        for (int i = 0; i < top.size(); i++) {
            JsonNode expected = top.get(i);
            JsonNode row = rows.get(i);
            assertThat(row.path("id").asText()).isEqualTo(expected.path("id").asText());
            assertThat(new BigDecimal(row.path("sales").asText())).isEqualByComparingTo(expected.path("sales").decimalValue());
            assertThat(row.path("units").asLong()).isEqualTo(expected.path("units").asLong());
            assertThat(row.path("cells").get(0).asText()).isEqualTo(expected.path("name").asText());
            assertThat(row.path("cells").get(1).asText()).isEqualTo(expected.path("sku").asText());
            assertThat(digits(row.path("cells").get(3).asText())).isEqualTo(digits(expected.path("sales").decimalValue()
                    .setScale(2, java.math.RoundingMode.HALF_EVEN)));
            assertThat(bars.path("data").get(i).decimalValue()).isEqualByComparingTo(expected.path("sales").decimalValue());
        }

        List<String> flows = new ArrayList<>();
        desktop.path("flows").forEach(flow -> flows.add(flow.path("flow").asText()));
        List<String> expectedFlows = new ArrayList<>();
        status.path("flows").forEach(flow -> expectedFlows.add(flow.path("flow").asText()));
        assertThat(flows).isEqualTo(expectedFlows).contains("products", "orders", "customers");

        assertThat(desktop.path("tokenInLocalStorage").asBoolean()).as("nothing kept beyond the tab").isFalse();
        assertThat(desktop.path("tokenInSessionStorage").asBoolean()).isTrue();

        JsonNode login = page.path("login");
        assertThat(login.path("formShown").asBoolean()).as("sign-in form without a dashboard client").isTrue();
        assertThat(login.path("dataHidden").asBoolean()).isTrue();
        assertThat(login.path("refused").asText()).contains("HTTP 401").doesNotContain(SECRET);
        JsonNode signedIn = login.path("signedIn");
        assertThat(new BigDecimal(signedIn.path("totalSales").asText()))
                .isEqualByComparingTo(sales.path("total_sales").decimalValue());
        assertThat(signedIn.path("topProducts").asInt()).isEqualTo(top.size());
        assertThat(signedIn.path("tokenScope").asText()).as("the form asks for read only").isEqualTo("read");
        assertThat(signedIn.path("secretInputEmpty").asBoolean()).isTrue();
        assertThat(signedIn.path("secretStored").asBoolean()).as("the secret kept in the browser").isFalse();
        assertThat(signedIn.path("signOutShown").asBoolean()).isTrue();
        assertThat(login.path("afterSignOut").path("sessionStorageKeys").asInt()).isZero();
        assertThat(login.path("afterSignOut").path("dataHidden").asBoolean()).isTrue();
        assertThat(login.path("pageErrors")).isEmpty();

        JsonNode phone = page.path("phone");
        assertThat(phone.path("viewport").asText()).contains("width=device-width");
        assertThat(phone.path("viewportWidth").asInt()).isEqualTo(390);
        assertThat(phone.path("pageWidth").asInt()).as("the phone view scrolls sideways").isLessThanOrEqualTo(390);
        assertThat(phone.path("widestCard").asDouble()).isLessThanOrEqualTo(390);

        assertThat(DESKTOP_SHOT).exists();
        assertThat(Files.size(DESKTOP_SHOT)).isGreaterThan(10_000);
        assertThat(PHONE_SHOT).exists();
        assertThat(Files.size(PHONE_SHOT)).isGreaterThan(10_000);
    }

    /** The KPI shows the API's figure: as its data-value, and as its text once grouping and decimal marks go. */
    private static void shows(JsonNode kpi, JsonNode expected) {
        assertThat(kpi.path("value").isNull()).as("%s has a value", kpi).isFalse();
        BigDecimal value = new BigDecimal(kpi.path("value").asText());
        assertThat(value).as("%s", kpi).isEqualByComparingTo(expected.decimalValue());
        BigDecimal shown = expected.isIntegralNumber() ? expected.decimalValue()
                : expected.decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN);
        assertThat(digits(kpi.path("text").asText())).as("%s", kpi).isEqualTo(digits(shown));
    }

    private static String digits(Object value) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        return text.replaceAll("[^0-9]", "").replaceFirst("^0+(?=\\d)", "");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<BigDecimal> decimals(JsonNode array) {
        List<BigDecimal> values = new ArrayList<>();
        array.forEach(node -> values.add(node.decimalValue()));
        return values;
    }

    /** Every order, customer and product mirrored, and nothing left for the sinks: the figures stand still. */
    private static void awaitSyncedAndDelivered() {
        MirrorRepository mirror = harness.bean("mirrorRepository", MirrorRepository.class);
        ReportRepository reports = harness.bean("reportRepository", ReportRepository.class);
        ChangeOutbox outbox = harness.bean("changeOutbox", ChangeOutbox.class);
        int orders = harness.shop().data().orders.size();
        int customers = harness.shop().data().customers.size();
        int products = harness.shop().data().products.size();
        SyncHarness.await(SYNC, "orders, customers and products mirrored and delivered", () ->
                reports.countOrders() == orders && mirror.countLive("customers") == customers
                        && mirror.countLive("products") == products
                        && List.of("products", "stock", "orders", "customers").stream()
                                .allMatch(flow -> outbox.pendingCount(flow) == 0));
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + harness.properties().get("camel.server.port") + path;
    }

    private static String token() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + CLIENT + "&client_secret="
                + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url("/oauth/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("token").isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private static JsonNode api(String path, String token) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Runs the Node script against the running hub; its last line of output is what the page showed. */
    private static JsonNode runBrowserCheck() throws Exception {
        Files.createDirectories(DESKTOP_SHOT.getParent());
        Files.deleteIfExists(DESKTOP_SHOT);
        Files.deleteIfExists(PHONE_SHOT);
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path out = dir.resolve("dashboard-check.out");
        Path err = dir.resolve("dashboard-check.err");
        ProcessBuilder builder = new ProcessBuilder("node", BROWSER_DIR.resolve("dashboard-check.mjs").toString(), url("/"),
                DESKTOP_SHOT.toAbsolutePath().toString(), PHONE_SHOT.toAbsolutePath().toString(), profile.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("DASHBOARD_CLIENT_ID", CLIENT);
        builder.environment().put("DASHBOARD_CLIENT_SECRET", SECRET);
        Process node = builder.start();
        if (!node.waitFor(3, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new AssertionError("dashboard-check.mjs did not finish within 3 minutes; its errors:\n"
                    + Files.readString(err));
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(node.exitValue()).as("dashboard-check.mjs exit; errors:%n%s%noutput:%n%s", Files.readString(err),
                String.join("\n", lines)).isZero();
        assertThat(lines).as("dashboard-check.mjs output").isNotEmpty();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    /** {@code npm ci} in src/test/browser when playwright-core is not installed there yet. */
    private static void installPlaywright() throws Exception {
        if (Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))) {
            return;
        }
        Assumptions.assumeTrue(commandWorks("npm", "--version"), "npm is missing: the dashboard's browser test installs"
                + " playwright-core with npm ci (Debian: apt-get install -y npm)");
        Path log = Files.createTempFile("npm-ci", ".log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefix", BROWSER_DIR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = npm.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            npm.destroyForcibly();
        }
        assertThat(done && npm.exitValue() == 0).as("npm ci --prefix %s failed:%n%s", BROWSER_DIR,
                Files.readString(log)).isTrue();
    }

    private static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
