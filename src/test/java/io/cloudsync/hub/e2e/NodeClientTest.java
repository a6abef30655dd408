package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportJson;
import io.cloudsync.hub.reports.SalesReport;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import java.io.File;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JavaScript client of our own ({@code src/test/node/cloudsync-client.mjs}, plain {@code fetch} on Node 20,
 * written after the CloudSync seed's client and dashboard) run as a process against the hub on the sandbox: what it
 * prints must be what the mirror table, the stock and the report services hold, and its incremental sync from a
 * {@code Date} gets a stock-only change. Skipped, saying why, where Node.js is not
 * installed.
 */
class NodeClientTest {

    private static final Duration SYNC = Duration.ofSeconds(90);
    private static final Path SCRIPT = Path.of("src/test/node/cloudsync-client.mjs");

    @TempDir
    static Path dir;
    private static SyncHarness harness;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(node().isPresent(), "node not found: install Node.js 20 to run the client test");
        StoreSandboxSettings store = StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(30)
                .withActivityPerMinute(0).withCustomersAndOrders(40, 150);
        Map<String, String> keys = new HashMap<>(ServedApi.clientKeys());
        harness = SyncHarness.start(dir, store, MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0), keys);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theNodeClientGetsWhatTheMirrorAndTheReportsHold() throws Exception {
        var mirror = harness.bean("mirrorRepository", io.cloudsync.hub.mirror.MirrorRepository.class);
        SyncHarness.await(SYNC, "orders, customers and products mirrored", () ->
                mirror.countLive("orders") == harness.shop().data().orders.size()
                        && mirror.countLive("customers") == harness.shop().data().customers.size()
                        && mirror.countLive("products") == harness.shop().data().products.size());
        String baseUrl = "http://127.0.0.1:" + harness.properties().get("camel.server.port") + "/v1";

        JsonNode out = run(baseUrl, "erp", ServedApi.SECRET);

        // the client read the feeds before it wrote its product, which the hub then read back (a later change):
        // that product is compared on its own
        String written = out.path("update").path("id").asText();
        var dataSource = harness.hub().wiring().platform().dataSource();
        for (String entity : List.of("products", "orders", "customers")) {
            List<ServedApi.MirrorRow> rows = ServedApi.mirror(dataSource, entity).stream()
                    .filter(row -> !(entity.equals("products") && row.storeId().equals(written))).toList();
            List<JsonNode> records = new ArrayList<>();
            out.path(entity).path("records").forEach(records::add);
            if (entity.equals("products")) {
                assertThat(records).extracting(r -> r.path("id").asText()).contains(written);
                records.removeIf(r -> r.path("id").asText().equals(written));
            }
            assertThat(records).extracting(r -> r.path("id").asText()).as(entity)
                    .containsExactlyElementsOf(rows.stream().map(ServedApi.MirrorRow::storeId).toList());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(records.get(i).path("version").asText()).isEqualTo(rows.get(i).contentHash());
                assertThat(records.get(i).path("sync_action").asText())
                        .isEqualTo(rows.get(i).deleted() ? "delete" : rows.get(i).syncAction());
            }
        }
        int quantities = 0;
        for (JsonNode product : out.path("products").path("stock")) {
            for (JsonNode variation : product.path("quantities")) {
                assertThat(variation.path("quantity").isInt()).as("product %s: %s", product.path("id"), variation).isTrue();
                assertThat(variation.path("quantity").asInt()).as("product %s: %s", product.path("id"), variation)
                        .isEqualTo(harness.shop().data().stockOf(product.path("id").asInt(),
                                variation.path("combination_id").asInt()).quantity());
                quantities++;
            }
        }
        assertThat(quantities).as("every variation's quantity").isGreaterThanOrEqualTo(30);
        String newVersion = out.path("update").path("result").path("results").get(0).path("version").asText();
        SyncHarness.await(SYNC, "the written product back in the mirror with the version the write answered", () ->
                mirror.find("products", written).orElseThrow().contentHash().equals(newVersion));
        assertThat(out.path("products").path("pages").asInt()).as("30 products by 25").isEqualTo(2);
        assertThat(out.path("orders").path("pages").asInt()).as("150 orders by the default 100").isEqualTo(2);
        assertThat(out.path("incremental").asInt()).isZero();

        JsonNode update = out.path("update");
        assertThat(update.path("result").path("success").asBoolean()).as(update.toString()).isTrue();
        int id = update.path("id").asInt();
        String name = harness.shop().product(id).orElseThrow().texts().get(ProductTextField.NAME,
                harness.shop().data().languages.byIso("es"));
        assertThat(name).isEqualTo(update.path("name").asText()).endsWith("(desde Node)");
        assertThat(out.path("stale").path("success").asBoolean()).isFalse();
        assertThat(out.path("stale").path("results").get(0).path("status").asText()).isEqualTo("conflict");
        assertThat(harness.shop().product(id).orElseThrow().texts().get(ProductTextField.NAME,
                harness.shop().data().languages.byIso("es"))).as("the conflict wrote nothing").isEqualTo(name);

        Map<String, String> salesParams = new HashMap<>();
        out.path("sales").path("params").fields().forEachRemaining(f -> salesParams.put(f.getKey(), f.getValue().asText()));
        assertThat(salesParams).containsKeys("start_date", "end_date", "group_by");
        JsonNode sales = out.path("sales").path("report");
        assertSameJson(sales, ReportJson.write(harness.bean("salesReport", SalesReport.class).report(salesParams)));
        assertThat(sales.path("data").size()).isBetween(30, 31);
        JsonNode fromDates = out.path("sales_from_dates");
        assertThat(fromDates.path("params").path("start_date").asText()).contains(" GMT");
        assertThat(fromDates.path("report").path("data")).isEqualTo(sales.path("data"));
        assertThat(fromDates.path("report").path("total_sales")).isEqualTo(sales.path("total_sales"));
        assertThat(out.path("dashboard").path("total_orders").asLong()).isEqualTo(sales.path("total_orders").asLong());
        assertThat(out.path("dashboard").path("sum_of_days").decimalValue())
                .isCloseTo(sales.path("total_sales").decimalValue(), org.assertj.core.data.Offset.offset(new BigDecimal("0.001")));
        assertThat(sales.path("total_orders").asLong()).as("the sandbox sold in the last 30 days").isPositive();

        // the report names products as the mirror has them now: the written one has its new name by now
        assertSameJson(withoutNameOf(out.path("performance"), written), ReportJson.write(withoutNameOf(
                ServedApi.json(ReportJson.write(harness.bean("productPerformance", ProductPerformance.class)
                        .report(Map.of("period_days", "30")))), written)));
        assertThat(out.path("top_names").size()).isEqualTo(out.path("performance").path("top_products").size())
                .isPositive();
        CustomerAnalytics analytics = harness.bean("customerAnalytics", CustomerAnalytics.class);
        assertSameJson(out.path("analytics"), ReportJson.write(analytics.report(Map.of())));
        assertSameJson(out.path("vip"), ReportJson.write(analytics.report(Map.of("segment", "vip"))));

        JsonNode export = out.path("export");
        assertThat(export.path("contentType").asText()).startsWith("text/csv");
        assertThat(export.path("disposition").asText()).startsWith("attachment; filename=\"sales-");
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export.path("body").asText()))) {
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(sales.path("data").size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get("date")).isEqualTo(sales.path("data").get(i).path("date").asText());
                assertThat(new BigDecimal(rows.get(i).get("total")))
                        .isEqualByComparingTo(sales.path("data").get(i).path("total").decimalValue());
            }
        }
    }

    @Test
    void theSeedsIncrementalSyncGetsAStockOnlyChangeAsAnUpdate() throws Exception {
        var mirror = harness.bean("mirrorRepository", io.cloudsync.hub.mirror.MirrorRepository.class);
        var stock = harness.bean("stockSnapshotRepository", StockSnapshotRepository.class);
        Combination combination = harness.shop().data().combinations.all().stream()
                .max(Comparator.comparingInt(Combination::id)).orElseThrow();
        int productId = combination.productId();
        int quantity = harness.shop().data().stockOf(productId, combination.id()).quantity() + 7;
        SyncHarness.await(SYNC, "the product and its stock mirrored", () ->
                mirror.find("products", Integer.toString(productId)).isPresent()
                        && stock.quantity(productId, combination.id()).orElse(-1) == quantity - 7);
        String version = mirror.find("products", Integer.toString(productId)).orElseThrow().contentHash();
        long lastSync = System.currentTimeMillis();

        harness.shop().setStock(productId, combination.id(), quantity);
        SyncHarness.await(SYNC, "the new quantity in the hub", () ->
                stock.quantity(productId, combination.id()).orElse(-1) == quantity);
        String baseUrl = "http://127.0.0.1:" + harness.properties().get("camel.server.port") + "/v1";
        JsonNode out = run(baseUrl, "erp", ServedApi.SECRET, "--changes-since", Long.toString(lastSync));

        assertThat(out.path("last_sync").asText()).as("what the seed's client sent").matches(
                "[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\\+0[12]00 \\(.+\\)");
        JsonNode product = null;
        for (JsonNode record : out.path("products")) {
            if (record.path("id").asInt() == productId) {
                product = record;
            }
        }
        assertThat(product).as("product %d in %s", productId, out).isNotNull();
        assertThat(product.path("sync_action").asText()).isEqualTo("update");
        assertThat(product.path("version").asText()).as("a stock-only change").isEqualTo(version);
        assertThat(mirror.find("products", Integer.toString(productId)).orElseThrow().contentHash()).isEqualTo(version);
        JsonNode variation = null;
        for (JsonNode candidate : product.path("variations")) {
            if (candidate.path("combination_id").asInt() == combination.id()) {
                variation = candidate;
            }
        }
        assertThat(variation).as("combination %d in %s", combination.id(), product).isNotNull();
        assertThat(variation.path("quantity").asInt()).isEqualTo(quantity);
    }

    /** The same JSON, numbers compared by value (JavaScript prints 0.00 as 0 and 118.50 as 118.5). */
    private static void assertSameJson(JsonNode actual, String expected) throws Exception {
        JsonNode wanted = ServedApi.json(expected);
        Comparator<JsonNode> values = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertThat(actual.equals(values, wanted)).as("%s%nexpected %s", actual, wanted).isTrue();
    }

    private static JsonNode withoutNameOf(JsonNode performance, String productId) {
        JsonNode copy = performance.deepCopy();
        copy.path("top_products").forEach(product -> {
            if (product.path("id").asText().equals(productId)) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) product).remove("name");
            }
        });
        return copy;
    }

    /** Runs the client script and returns what it printed (stderr goes to a file the failure message quotes). */
    private static JsonNode run(String baseUrl, String client, String secret, String... more) throws Exception {
        Path stdout = Files.createTempFile(dir, "node-out", ".json");
        Path stderr = Files.createTempFile(dir, "node-err", ".txt");
        List<String> command = new ArrayList<>(List.of(node().orElseThrow().toString(), SCRIPT.toString(), baseUrl,
                client, secret));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        // a client away from UTC: its Date strings carry an offset (GMT+0100 or, in summer, GMT+0200)
        builder.environment().put("TZ", "Europe/Madrid");
        Process process = builder.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(finished).as("the node client finished; stderr: %s", errors).isTrue();
        assertThat(process.exitValue()).as("node exit code; stderr: %s", errors).isZero();
        return ServedApi.json(Files.readString(stdout, StandardCharsets.UTF_8));
    }

    /** The {@code node} executable on the PATH, if any. */
    private static Optional<Path> node() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry, "node");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
