package io.cloudsync.hub.e2e;

import static io.cloudsync.hub.testing.ExpectedSales.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportExport;
import io.cloudsync.hub.reports.SalesReport;
import io.cloudsync.hub.reports.SegmentRules;
import io.cloudsync.hub.reports.ShopZone;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.reports.ReportRepository;
import io.cloudsync.hub.sync.ProductWriteService;
import io.cloudsync.hub.sync.SyncFeed;
import io.cloudsync.hub.testing.ExpectedSales;
import io.cloudsync.hub.testing.ExpectedSales.Figures;
import io.cloudsync.hub.testing.ExpectedSales.ProductFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub against the sandbox shop for orders and customers: everything mirrored (lines, state flags, no secrets
 * anywhere in the database), report figures equal to totals computed here from the sandbox's own orders, for day,
 * week and month, on Madrid's 23- and 25-hour days of 2024 too; the CSV export, the sync feed, product writes.
 * The shop's clock is 10 November 2024, 12:00 in Madrid; its 400 generated orders cover 240 days before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrdersReportsSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(90);
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant SHOP_NOW = Instant.parse("2024-11-10T11:00:00Z");

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static final List<Integer> dstOrders = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        StoreSandboxSettings store = StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(40)
                .withActivityPerMinute(0).withCustomersAndOrders(60, 400);
        store = new StoreSandboxSettings(store.port(), store.apiKey(), store.products(), store.seed(), "Europe/Madrid",
                store.languages(), store.customers(), store.orders(), 240, 0);
        // the shop lives in 2024, the hub's clock does not: keep every order (retention is tested on its own)
        harness = SyncHarness.prepare(dir, store, MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0),
                SHOP_NOW, Map.of("hub.reports.retention", "1200 months", "hub.ingest.page-size", "50"));
        placeOrdersAroundDaylightSaving(harness.shop());
        harness.startHub();
    }

    /** Orders at the edges of Madrid's 2024 daylight-saving days, placed while the shop's clock stood there. */
    private static void placeOrdersAroundDaylightSaving(SandboxShop shop) {
        Instant now = shop.clock().now();
        for (String local : List.of("2024-03-30T23:59:59", "2024-03-31T00:00:00", "2024-03-31T03:00:00",
                "2024-03-31T23:59:59", "2024-04-01T00:00:00", "2024-10-26T23:59:59", "2024-10-27T00:00:00",
                "2024-10-27T02:30:00", "2024-10-27T23:59:59", "2024-10-28T00:00:00")) {
            shop.setClockLocal(LocalDateTime.parse(local));
            dstOrders.add(shop.createRandomOrder().id());
        }
        // 02:30 again, in the hour the fall-back repeats (01:30 UTC), then cancelled a minute later
        shop.setClock(Instant.parse("2024-10-27T01:30:00Z"));
        int cancelled = shop.createRandomOrder().id();
        dstOrders.add(cancelled);
        shop.advanceClock(Duration.ofMinutes(1));
        shop.changeOrderState(cancelled, 6, 1);
        shop.setClock(now);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static MirrorRepository mirror() {
        return harness.bean("mirrorRepository", MirrorRepository.class);
    }

    private static ReportRepository reports() {
        return harness.bean("reportRepository", ReportRepository.class);
    }

    private static void awaitMirrored() {
        int orders = harness.shop().data().orders.size();
        int customers = harness.shop().data().customers.size();
        SyncHarness.await(SYNC, "orders, customers and products mirrored", () -> mirror().countLive("orders") == orders
                && reports().countOrders() == orders && mirror().countLive("customers") == customers
                && mirror().countLive("products") == harness.shop().data().products.size());
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void ordersAreMirroredWithTheirLinesAndStateFlags() throws Exception {
        awaitMirrored();

        ObjectMapper json = new ObjectMapper();
        for (Order expected : harness.shop().data().orders.all()) {
            JsonNode order = json.readTree(mirror().payloadOf("orders", Integer.toString(expected.id())));
            OrderState state = harness.shop().data().orderStates.get(expected.currentState());
            assertThat(order.path("state").path("id").asInt()).isEqualTo(expected.currentState());
            assertThat(order.path("state").path("paid").asBoolean()).isEqualTo(state.paid());
            assertThat(order.path("state").path("shipped").asBoolean()).isEqualTo(state.shipped());
            assertThat(order.path("state").path("delivered").asBoolean()).isEqualTo(state.delivery());
            assertThat(order.path("state").path("cancelled").asBoolean()).isEqualTo(expected.currentState() == 6);
            assertThat(order.path("state").path("refunded").asBoolean()).isEqualTo(expected.currentState() == 7);
            assertThat(LocalDateTime.parse(order.path("placedLocal").asText()))
                    .isEqualTo(ShopTime.toLocal(expected.dateAdd()));
            assertThat(order.path("totals").path("paidTaxIncl").decimalValue())
                    .isEqualByComparingTo(Micros.toDecimal(expected.totals().paidTaxIncl()));
            assertThat(order.path("totals").path("paidTaxExcl").decimalValue())
                    .isEqualByComparingTo(Micros.toDecimal(expected.totals().paidTaxExcl()));
            assertThat(order.path("lines")).hasSize(expected.rows().size());
            for (int i = 0; i < expected.rows().size(); i++) {
                OrderRow row = expected.rows().get(i);
                JsonNode line = order.path("lines").get(i);
                assertThat(line.path("productId").asInt()).isEqualTo(row.productId());
                assertThat(line.path("combinationId").asInt()).isEqualTo(row.combinationId());
                assertThat(line.path("sku").asText()).isEqualTo(row.productReference());
                assertThat(line.path("quantity").asInt()).isEqualTo(row.quantity());
                assertThat(line.path("unitPriceTaxIncl").decimalValue())
                        .isEqualByComparingTo(Micros.toDecimal(row.unitPriceTaxInclMicros()));
            }
        }
        assertThat(harness.shop().data().orders.all()).extracting(Order::currentState).contains(2, 4, 5, 6, 10);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void noPasswordOrSecureKeyIsAnywhereInTheDatabase() throws Exception {
        awaitMirrored();

        String database = dump();
        Set<String> columns = columns();
        assertThat(columns).noneMatch(c -> c.contains("passwd") || c.contains("secure"));
        assertThat(database).doesNotContainIgnoringCase("passwd").doesNotContainIgnoringCase("secure_key")
                .doesNotContainIgnoringCase("securekey");
        for (Customer customer : harness.shop().data().customers.all()) {
            assertThat(database).doesNotContain(customer.secureKey());
            if (!customer.passwd().isEmpty()) {
                assertThat(database).doesNotContain(customer.passwd());
            }
        }
        for (Order order : harness.shop().data().orders.all()) {
            assertThat(database).doesNotContain(order.secureKey());
        }
        JsonNode customers = harness.bean("syncFeed", SyncFeed.class).page("customers", Map.of("limit", "1000")).json();
        assertThat(customers.path("customers")).hasSize(harness.shop().data().customers.size());
        customers.path("customers").forEach(customer -> {
            assertThat(customer.path("email").asText()).contains("@");
            assertThat(customer.has("passwd") || customer.has("secure_key")).isFalse();
        });
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void salesByDayWeekAndMonthEqualTheShopsOwnOrdersAcrossDaylightSaving() {
        awaitMirrored();
        SalesReport sales = harness.bean("salesReport", SalesReport.class);
        Map<String, String> range = Map.of("start_date", "2024-03-25", "end_date", "2024-11-10");

        for (String groupBy : List.of("day", "week", "month")) {
            Map<String, String> params = new HashMap<>(range);
            params.put("group_by", groupBy);
            SalesReport.Result report = sales.report(params);
            Map<LocalDate, Figures> expected = expected(groupBy, LocalDate.parse("2024-03-25"),
                    LocalDate.parse("2024-11-10"));

            assertThat(report.data()).extracting(SalesReport.Period::date).as(groupBy)
                    .containsExactlyElementsOf(expected.keySet());
            for (SalesReport.Period period : report.data()) {
                Figures figures = expected.get(period.date());
                assertThat(period.orders()).as(groupBy + " " + period.date()).isEqualTo(figures.orders());
                assertThat(period.total()).as(groupBy + " " + period.date()).isEqualByComparingTo(figures.total());
            }
            assertThat(report.totalOrders()).isEqualTo(expected.values().stream().mapToLong(f -> f.orders()).sum());
            assertThat(report.totalSales()).isEqualByComparingTo(expected.values().stream().map(f -> f.total())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Map<LocalDate, Figures> days = expected("day", LocalDate.parse("2024-03-25"), LocalDate.parse("2024-11-10"));
        assertThat(days.get(LocalDate.parse("2024-03-31")).orders()).as("23-hour day").isGreaterThanOrEqualTo(3);
        assertThat(days.get(LocalDate.parse("2024-10-27")).orders()).as("25-hour day").isGreaterThanOrEqualTo(3);
        SalesReport.Result fallBack = sales.report(Map.of("start_date", "2024-10-27", "end_date", "2024-10-27"));
        assertThat(fallBack.totalSales()).isEqualByComparingTo(days.get(LocalDate.parse("2024-10-27")).total());
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void theCsvExportOpensInACsvParserWithTheSameNumbers() throws Exception {
        awaitMirrored();
        ReportExport.Export csv = harness.bean("reportExport", ReportExport.class).export("sales",
                Map.of("format", "csv", "start_date", "2024-10-01", "end_date", "2024-10-31", "group_by", "day"));

        List<Map<String, String>> rows;
        try (var iterator = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv.body())) {
            rows = iterator.readAll();
        }
        Map<LocalDate, Figures> expected = expected("day", LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-31"));
        assertThat(rows).hasSize(31);
        for (Map<String, String> row : rows) {
            Figures figures = expected.get(LocalDate.parse(row.get("date")));
            assertThat(Long.parseLong(row.get("orders"))).as(row.get("date")).isEqualTo(figures.orders());
            assertThat(new BigDecimal(row.get("total"))).as(row.get("date")).isEqualByComparingTo(figures.total());
        }
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void productPerformanceAndSegmentsEqualTheShopsOwnOrders() {
        awaitMirrored();
        Clock shopClock = Clock.fixed(SHOP_NOW, MADRID);
        ShopZone zone = ShopZone.fixed(MADRID);
        LocalDate today = LocalDate.ofInstant(SHOP_NOW, MADRID);

        ProductPerformance.Result top = new ProductPerformance(reports(), mirror(), zone, shopClock)
                .report(Map.of("period_days", "30", "limit", "1000"));
        Map<Long, ProductFigures> sold = ExpectedSales.byProduct(harness.shop().data().orders.all(),
                today.minusDays(29), today);
        assertThat(top.topProducts()).extracting(ProductPerformance.TopProduct::id)
                .containsExactlyInAnyOrderElementsOf(sold.keySet());
        for (ProductPerformance.TopProduct product : top.topProducts()) {
            assertThat(product.units()).isEqualTo(sold.get(product.id()).units());
            assertThat(product.sales()).isEqualByComparingTo(sold.get(product.id()).sales()
                    .setScale(2, RoundingMode.HALF_UP));
            harness.shop().product((int) product.id()).ifPresent(p -> assertThat(product.name()).isEqualTo(
                    p.texts().get(ProductTextField.NAME, harness.shop().data().languages.byIso("es"))));
        }
        for (int i = 1; i < top.topProducts().size(); i++) {
            assertThat(top.topProducts().get(i - 1).sales()).isGreaterThanOrEqualTo(top.topProducts().get(i).sales());
        }

        SegmentRules rules = new SegmentRules(new BigDecimal("500"), 90);
        CustomerAnalytics.Result segments = new CustomerAnalytics(reports(), mirror(), rules, zone, shopClock)
                .report(Map.of());
        Map<String, long[]> counts = new TreeMap<>();
        Map<Integer, List<Order>> byCustomer = new HashMap<>();
        ExpectedSales.sales(harness.shop().data().orders.all())
                .forEach(o -> byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o));
        for (Customer customer : harness.shop().data().customers.all()) {
            List<Order> orders = byCustomer.getOrDefault(customer.id(), List.of());
            String segment;
            if (orders.isEmpty()) {
                segment = "no_orders";
            } else {
                LocalDate last = orders.stream().map(ExpectedSales::day).max(LocalDate::compareTo).orElseThrow();
                BigDecimal spent = orders.stream().map(o -> Micros.toDecimal(o.totals().paidTaxIncl()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                segment = last.isBefore(today.minusDays(90)) ? "at_risk" : spent.compareTo(new BigDecimal("500")) >= 0
                        ? "vip" : orders.size() == 1 ? "new" : "returning";
            }
            counts.computeIfAbsent(segment, k -> new long[2])[0]++;
            counts.get(segment)[1] += orders.size();
        }
        for (CustomerAnalytics.SegmentFigures figures : segments.segments()) {
            long[] expected = counts.getOrDefault(figures.segment(), new long[2]);
            assertThat(figures.customers()).as(figures.segment()).isEqualTo(expected[0]);
            assertThat(figures.orders()).as(figures.segment()).isEqualTo(expected[1]);
        }
        assertThat(segments.totalCustomers()).isEqualTo(harness.shop().data().customers.size());
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void theOrdersFeedPagesThroughEveryOrderOnceAndAStateChangeComesAgain() {
        awaitMirrored();
        SyncFeed feed = harness.bean("syncFeed", SyncFeed.class);

        List<String> ids = new ArrayList<>();
        SyncFeed.Page page = feed.page("orders", Map.of("limit", "100"));
        ids.addAll(page.records().stream().map(SyncFeed.Item::id).toList());
        while (page.hasMore()) {
            page = feed.page("orders", Map.of("limit", "100", "cursor", page.nextCursor()));
            ids.addAll(page.records().stream().map(SyncFeed.Item::id).toList());
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(harness.shop().data().orders.size());

        Order delivered = harness.shop().data().orders.all().stream().filter(o -> o.currentState() == 5)
                .filter(o -> day(o).isAfter(LocalDate.parse("2024-09-01")))
                .findFirst().orElseThrow();
        SalesReport sales = harness.bean("salesReport", SalesReport.class);
        Map<String, String> thatDay = Map.of("start_date", day(delivered).toString(), "end_date",
                day(delivered).toString());
        BigDecimal before = sales.report(thatDay).totalSales();
        String cursor = page.nextCursor();

        harness.shop().changeOrderState(delivered.id(), 7, 1);

        BigDecimal refunded = Micros.toDecimal(delivered.totals().paidTaxIncl());
        SyncHarness.await(SYNC, "the refund out of the day's sales", () ->
                sales.report(thatDay).totalSales().compareTo(before.subtract(refunded)) == 0);
        SyncFeed.Page next = feed.page("orders", Map.of("cursor", cursor));
        assertThat(next.records()).extracting(SyncFeed.Item::id, item -> item.action().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Integer.toString(delivered.id()), "update"));
        assertThat(next.records().get(0).fields().path("state").path("refunded").asBoolean()).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Order(7)
    void aProductWriteReachesTheStoreAConflictDoesNotAndABadFieldIsNamed() throws Exception {
        awaitMirrored();
        SyncFeed feed = harness.bean("syncFeed", SyncFeed.class);
        ProductWriteService writes = harness.bean("productWriteService", ProductWriteService.class);
        JsonNode product = feed.page("products", Map.of("limit", "1")).json().path("products").get(0);
        int id = product.path("id").asInt();
        String version = product.path("version").asText();
        ObjectMapper json = new ObjectMapper();

        ProductWriteService.Result updated = writes.write(json.readTree("{\"products\":[{\"id\":" + id
                + ",\"version\":\"" + version + "\",\"price\":\"33.5\",\"name\":\"Nombre nuevo\"}]}"));
        ProductWriteService.Result stale = writes.write(json.readTree("{\"products\":[{\"id\":" + id
                + ",\"version\":\"" + version + "\",\"price\":\"1\"}]}"));
        ProductWriteService.Result invalid = writes.write(json.readTree("{\"products\":[{\"id\":" + id
                + ",\"colour\":\"red\"}]}"));

        assertThat(updated.success()).as(updated.toString()).isTrue();
        assertThat(harness.shop().product(id).orElseThrow().priceMicros()).isEqualTo(Micros.of("33.5"));
        assertThat(stale.results()).singleElement().extracting(ProductWriteService.ItemResult::status)
                .isEqualTo("conflict");
        assertThat(invalid.results()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo("invalid");
            assertThat(item.message()).contains("'colour' cannot be written");
        });
        String newVersion = updated.results().get(0).version();
        SyncHarness.await(SYNC, "the written product back in the feed with its new version", () ->
                mirror().find("products", Integer.toString(id)).orElseThrow().contentHash().equals(newVersion));
        assertThat(mirror().payloadOf("products", Integer.toString(id))).contains("Nombre nuevo");
    }


    /** Sales per period computed from the sandbox's orders, not by the hub. */
    private static Map<LocalDate, Figures> expected(String groupBy, LocalDate from, LocalDate to) {
        return ExpectedSales.byPeriod(harness.shop().data().orders.all(), groupBy, from, to);
    }


    private static Set<String> columns() throws Exception {
        Set<String> columns = new HashSet<>();
        try (Connection connection = harness.hub().wiring().platform().dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

    /** Every value of every table of the hub's database, as one text. */
    private static String dump() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection connection = harness.hub().wiring().platform().dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).extracting(t -> t.toLowerCase(java.util.Locale.ROOT))
                    .contains("mirror_record", "report_order", "report_order_line");
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int count = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= count; c++) {
                            all.append(rows.getString(c)).append('\t');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
