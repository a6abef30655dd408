package io.cloudsync.hub.e2e;

import static io.cloudsync.hub.testing.ExpectedSales.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ReportJson;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.testing.ExpectedSales;
import io.cloudsync.hub.testing.ExpectedSales.Figures;
import io.cloudsync.hub.testing.ExpectedSales.ProductFigures;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served API over real HTTP, called the way the CloudSync seed's JavaScript sync client, Python reporting
 * client and dashboard call it (base URL {@code …/v1}, the same paths, query parameters, headers and answer
 * keys), against the hub running on the sandbox shop with a real H2 database. Every answer is compared with what
 * the mirror table holds (read with plain SQL) or with figures computed here from the sandbox's own orders. The
 * shop's clock is now, in Madrid; orders are placed on its last two daylight-saving days.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServedApiTest {

    private static final Duration SYNC = Duration.ofSeconds(90);
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final String DASHBOARD = "http://dashboard.example:3000";

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static ServedApi api;
    private static String erp;
    private static String bi;
    private static LocalDate fallBack;
    private static LocalDate springForward;

    @BeforeAll
    static void start() throws Exception {
        StoreSandboxSettings store = StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(40)
                .withActivityPerMinute(0).withCustomersAndOrders(60, 300);
        store = new StoreSandboxSettings(store.port(), store.apiKey(), store.products(), store.seed(), "Europe/Madrid",
                store.languages(), store.customers(), store.orders(), 200, 0);
        Map<String, String> keys = new HashMap<>(ServedApi.clientKeys());
        keys.put("hub.api.cors-origins", DASHBOARD + ", https://bi.example");
        keys.put("hub.reports.retention", "1200 months");
        keys.put("hub.ingest.page-size", "50");
        harness = SyncHarness.prepare(dir, store, MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0),
                Instant.now(), keys);
        placeOrdersOnTheLastDaylightSavingDays(harness.shop());
        harness.startHub();
        api = new ServedApi("http://127.0.0.1:" + harness.properties().get("camel.server.port"));
        erp = api.token("erp");
        bi = api.token("bi");
    }

    /** Orders around Madrid's last fall-back (25-hour day) and spring-forward (23-hour day) before now. */
    private static void placeOrdersOnTheLastDaylightSavingDays(SandboxShop shop) {
        Instant now = shop.clock().now();
        ZoneOffsetTransition last = MADRID.getRules().previousTransition(now);
        ZoneOffsetTransition before = MADRID.getRules().previousTransition(last.getInstant());
        ZoneOffsetTransition back = last.isOverlap() ? last : before;
        ZoneOffsetTransition forward = last.isGap() ? last : before;
        fallBack = back.getDateTimeBefore().toLocalDate();
        springForward = forward.getDateTimeBefore().toLocalDate();
        for (LocalDate day : List.of(fallBack, springForward)) {
            for (LocalDateTime local : List.of(day.minusDays(1).atTime(23, 59, 59), day.atStartOfDay(),
                    day.atTime(3, 0), day.atTime(23, 59, 59), day.plusDays(1).atStartOfDay())) {
                shop.setClockLocal(local);
                shop.createRandomOrder();
            }
        }
        // the hour the fall-back repeats, at its second occurrence
        shop.setClock(back.getInstant().plus(30, ChronoUnit.MINUTES));
        shop.createRandomOrder();
        shop.setClock(now);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private static void awaitMirrored() {
        SyncHarness.await(SYNC, "orders, customers and products mirrored", () -> {
            var mirror = harness.bean("mirrorRepository", io.cloudsync.hub.mirror.MirrorRepository.class);
            return mirror.countLive("orders") == harness.shop().data().orders.size()
                    && mirror.countLive("customers") == harness.shop().data().customers.size()
                    && mirror.countLive("products") == harness.shop().data().products.size();
        });
    }

    // ---------------------------------------------------------------- the sync feed (JavaScript client)

    @Test
    @org.junit.jupiter.api.Order(1)
    void eachFeedServesWhatTheMirrorHoldsPagedBySyncTimeLikeTheJavaScriptClient() throws Exception {
        awaitMirrored();
        for (String entity : List.of("products", "orders", "customers")) {
            List<JsonNode> records = new ArrayList<>();
            // syncProducts(lastSync, 100) / syncOrders(lastSync) / syncCustomers(lastSync): last_sync, and limit for
            // products only; the answer's records under the entity's name
            Map<String, String> params = entity.equals("products") ? Map.of("limit", "100") : Map.of();
            JsonNode page = ok(api.get(erp, "/sync/" + entity, params));
            records.addAll(list(page.path(entity)));
            int pages = 1;
            while (page.path("has_more").asBoolean()) {
                Map<String, String> next = new LinkedHashMap<>(params);
                next.put("last_sync", page.path("sync_time").asText());
                page = ok(api.get(erp, "/sync/" + entity, next));
                records.addAll(list(page.path(entity)));
                pages++;
            }
            assertThat(page.path("count").asInt()).isEqualTo(page.path(entity).size());
            assertThat(page.path("next_cursor").asText()).isNotBlank();
            if (entity.equals("orders")) {
                assertThat(pages).as("orders come in pages of 100 by default").isGreaterThan(3);
            }
            assertEqualsMirror(entity, records);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void productsEditedInOneShopSecondComeOnceEachByCursorAndBySyncTime() throws Exception {
        awaitMirrored();
        JsonNode start = ok(api.get(erp, "/sync/products", Map.of("limit", "1000")));
        String cursor = start.path("next_cursor").asText();
        String syncTime = start.path("sync_time").asText();
        List<Integer> ids = harness.shop().data().products.all().stream().map(p -> p.id()).toList();

        var edited = harness.shop().bulkEditProducts(ids, Map.of("description_short",
                FieldInput.of("<p>Edición masiva</p>")));
        assertThat(edited.stream().map(p -> p.dateUpd()).distinct()).as("one shop second for all").hasSize(1);
        SyncHarness.await(SYNC, "every edited product in the mirror", () -> {
            try {
                return ServedApi.mirror(harness.hub().wiring().platform().dataSource(), "products").stream()
                        .filter(row -> row.payload().contains("Edición masiva")).count() == ids.size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        List<JsonNode> byCursor = followCursor("products", cursor, 3);
        List<JsonNode> bySyncTime = followSyncTime("products", syncTime, 3);
        assertThat(ids(byCursor)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                ids.stream().map(String::valueOf).toList());
        assertThat(ids(bySyncTime)).isEqualTo(ids(byCursor));
        assertThat(byCursor).allSatisfy(record -> {
            assertThat(record.path("sync_action").asText()).isEqualTo("update");
            assertThat(record.path("summary").asText()).contains("Edición masiva");
        });
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void ordersSharingOneChangeTimeArePagedWithoutLossOrRepeat() throws Exception {
        awaitMirrored();
        List<ServedApi.MirrorRow> rows = ServedApi.mirror(harness.hub().wiring().platform().dataSource(), "orders");
        // rows written before migration V11 could share one time: give 150 consecutive orders the time of the first
        long from = rows.get(50).changeSeq();
        long to = rows.get(199).changeSeq();
        try (Connection connection = harness.hub().wiring().platform().dataSource().getConnection();
             PreparedStatement shared = connection.prepareStatement("UPDATE mirror_record SET changed_at ="
                     + " (SELECT changed_at FROM mirror_record WHERE entity = 'orders' AND change_seq = ?)"
                     + " WHERE entity = 'orders' AND change_seq BETWEEN ? AND ?")) {
            shared.setLong(1, from);
            shared.setLong(2, from);
            shared.setLong(3, to);
            assertThat(shared.executeUpdate()).isEqualTo(150);
        }
        List<String> expected = ServedApi.mirror(harness.hub().wiring().platform().dataSource(), "orders").stream()
                .map(ServedApi.MirrorRow::storeId).toList();

        for (int limit : List.of(7, 100)) {
            List<JsonNode> byCursor = followCursor("orders", null, limit);
            List<JsonNode> bySyncTime = followSyncTime("orders", null, limit);
            assertThat(ids(byCursor)).as("cursor, limit %d", limit).containsExactlyElementsOf(expected);
            assertThat(ids(bySyncTime)).as("sync_time, limit %d", limit).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void badFeedParametersAreRefusedNamingThem() throws Exception {
        HttpResponse<String> tooMany = api.get(erp, "/sync/products", Map.of("limit", "1001"));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(ServedApi.json(tooMany).path("error").asText()).isEqualTo("invalid_request");
        assertThat(ServedApi.json(tooMany).path("parameter").asText()).isEqualTo("limit");
        assertThat(ServedApi.json(tooMany).path("message").asText()).contains("limit").contains("1000");
        assertThat(tooMany.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));

        assertParameterRefused(api.get(erp, "/sync/orders", Map.of("last_sync", "yesterday")), "last_sync");
        assertParameterRefused(api.get(erp, "/sync/customers", Map.of("limit", "0")), "limit");
        assertParameterRefused(api.get(erp, "/sync/customers", Map.of("cursor", "not-a-cursor")), "cursor");
        assertThat(api.get(erp, "/sync/products", Map.of("limit", "1000")).statusCode()).isEqualTo(200);
        assertThat(api.get(null, "/sync/products", Map.of()).statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- product writes

    @Test
    @org.junit.jupiter.api.Order(5)
    void aWriteReachesTheStoreAStaleVersionIsAConflictAndNothingIsOverwritten() throws Exception {
        awaitMirrored();
        JsonNode product = ok(api.get(erp, "/sync/products", Map.of("limit", "1"))).path("products").get(0);
        int id = product.path("id").asInt();
        String version = product.path("version").asText();

        HttpResponse<String> written = api.put(erp, "/sync/products", "{\"products\":[{\"id\":" + id
                + ",\"version\":\"" + version + "\",\"price\":33.5,\"name\":\"Nombre desde el ERP\"}]}");
        JsonNode result = ok(written);
        assertThat(result.path("success").asBoolean()).as(written.body()).isTrue();
        assertThat(result.path("updated").asInt()).isEqualTo(1);
        assertThat(result.path("results").get(0).path("status").asText()).isEqualTo("updated");
        assertThat(harness.shop().product(id).orElseThrow().priceMicros()).isEqualTo(Micros.of("33.5"));

        HttpResponse<String> stale = api.put(erp, "/sync/products", "{\"products\":[{\"id\":" + id
                + ",\"version\":\"" + version + "\",\"price\":1}]}");
        JsonNode conflict = ok(stale);
        assertThat(conflict.path("success").asBoolean()).isFalse();
        assertThat(conflict.path("results").get(0).path("status").asText()).isEqualTo("conflict");
        assertThat(conflict.path("results").get(0).path("id").asInt()).isEqualTo(id);
        assertThat(harness.shop().product(id).orElseThrow().priceMicros()).as("not overwritten")
                .isEqualTo(Micros.of("33.5"));

        String newVersion = result.path("results").get(0).path("version").asText();
        SyncHarness.await(SYNC, "the written product back in the feed with its new version", () -> {
            try {
                return ServedApi.mirror(harness.hub().wiring().platform().dataSource(), "products").stream()
                        .anyMatch(row -> row.storeId().equals(Integer.toString(id))
                                && row.contentHash().equals(newVersion));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode invalid = ok(api.put(erp, "/sync/products", "{\"products\":[{\"id\":" + id + ",\"colour\":\"red\"}]}"));
        assertThat(invalid.path("results").get(0).path("status").asText()).isEqualTo("invalid");
        assertThat(invalid.path("results").get(0).path("message").asText()).contains("colour");
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void aFeedRecordSentBackWithANewNameIsWrittenAndItsComputedFieldsAreIgnored() throws Exception {
        awaitMirrored();
        ObjectNode record = (ObjectNode) ok(api.get(erp, "/sync/products", Map.of("limit", "3")))
                .path("products").get(2);
        int id = record.path("id").asInt();
        record.put("name", "Nombre editado en el cliente");
        record.put("summary", "<p>Resumen editado</p>");

        HttpResponse<String> written = api.put(erp, "/sync/products", "{\"products\":[" + record + "]}");

        JsonNode result = ok(written);
        assertThat(result.path("success").asBoolean()).as(written.body()).isTrue();
        JsonNode item = result.path("results").get(0);
        assertThat(item.path("status").asText()).isEqualTo("updated");
        assertThat(item.path("ignored")).extracting(JsonNode::asText)
                .contains("sync_action", "changed_at", "prices", "variations").doesNotContain("name", "summary");
        var spanish = harness.shop().data().languages.byIso("es");
        var texts = harness.shop().product(id).orElseThrow().texts();
        assertThat(texts.get(ProductTextField.NAME, spanish)).isEqualTo("Nombre editado en el cliente");
        assertThat(texts.get(ProductTextField.DESCRIPTION_SHORT, spanish)).isEqualTo("<p>Resumen editado</p>");

        record.put("colour", "red");
        JsonNode misspelt = ok(api.put(erp, "/sync/products", "{\"products\":[" + record + "]}"));
        assertThat(misspelt.path("results").get(0).path("status").asText()).isEqualTo("invalid");
        assertThat(misspelt.path("results").get(0).path("message").asText()).contains("'colour'");
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void malformedWritesAre400AndAReadTokenCannotWrite() throws Exception {
        HttpResponse<String> malformed = api.put(erp, "/sync/products", "{\"products\": [ {\"id\": 3,, } ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(ServedApi.json(malformed).path("error").asText()).isEqualTo("invalid_request");
        assertThat(ServedApi.json(malformed).path("message").asText()).contains("not valid JSON");
        assertParameterRefused(api.put(erp, "/sync/products", "{\"items\":[]}"), "products");
        assertParameterRefused(api.put(erp, "/sync/products", "[1,2]"), "body");

        HttpResponse<String> readOnly = api.put(bi, "/sync/products", "{\"products\":[{\"id\":1,\"price\":2}]}");
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(ServedApi.json(readOnly).path("error").asText()).isEqualTo("insufficient_scope");
        assertThat(readOnly.headers().firstValue("WWW-Authenticate").orElse("")).contains("scope=\"write\"");
        assertThat(api.get(bi, "/sync/products", Map.of("limit", "1")).statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- reports (Python client, dashboard)

    @Test
    @org.junit.jupiter.api.Order(7)
    void salesByDayWeekAndMonthEqualTheShopsOrdersAcrossBothDaylightSavingDays() throws Exception {
        awaitMirrored();
        LocalDate first = springForward.minusDays(3);
        LocalDate today = LocalDate.now(MADRID);
        for (String groupBy : List.of("day", "week", "month")) {
            // get_sales_report(start, end, group_by): datetime.isoformat() of both ends
            JsonNode report = ok(api.get(bi, "/reports/sales", Map.of("start_date", first + "T00:00:00",
                    "end_date", today + "T23:59:59.999999", "group_by", groupBy)));
            Map<LocalDate, Figures> expected = expected(groupBy, first, today);
            List<LocalDate> dates = list(report.path("data")).stream().map(d -> LocalDate.parse(d.path("date")
                    .asText())).toList();
            assertThat(dates).as(groupBy).containsExactlyElementsOf(expected.keySet());
            for (JsonNode period : report.path("data")) {
                Figures figures = expected.get(LocalDate.parse(period.path("date").asText()));
                assertThat(period.path("orders").asLong()).as(groupBy + " " + period).isEqualTo(figures.orders());
                assertThat(period.path("total").decimalValue()).as(groupBy + " " + period)
                        .isEqualByComparingTo(figures.total());
            }
            // the seed sums data[].total and data[].orders; the dashboard reads total_sales and total_orders
            BigDecimal sum = list(report.path("data")).stream().map(d -> d.path("total").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(report.path("total_sales").decimalValue()).isEqualByComparingTo(sum)
                    .isEqualByComparingTo(expected.values().stream().map(f -> f.total()).reduce(BigDecimal.ZERO,
                            BigDecimal::add));
            assertThat(report.path("total_orders").asLong()).isEqualTo(expected.values().stream()
                    .mapToLong(f -> f.orders()).sum());
        }
        for (LocalDate day : List.of(fallBack, springForward)) {
            JsonNode oneDay = ok(api.get(bi, "/reports/sales", Map.of("start_date", day.toString(),
                    "end_date", day.toString())));
            Figures figures = expected("day", day, day).get(day);
            assertThat(figures.orders()).as("orders placed on %s", day).isGreaterThanOrEqualTo(2);
            assertThat(oneDay.path("total_orders").asLong()).as(day.toString()).isEqualTo(figures.orders());
            assertThat(oneDay.path("total_sales").decimalValue()).as(day.toString()).isEqualByComparingTo(figures.total());
        }
        assertParameterRefused(api.get(bi, "/reports/sales", Map.of("group_by", "year")), "group_by");
        assertParameterRefused(api.get(bi, "/reports/sales", Map.of("start_date", "31/05/2024")), "start_date");
        assertParameterRefused(api.get(bi, "/reports/sales", Map.of("start_date", "2024-06-01",
                "end_date", "2024-05-01")), "start_date");
    }

    @Test
    @org.junit.jupiter.api.Order(8)
    void productPerformanceEqualsTheShopsOrdersOfTheLast30Days() throws Exception {
        awaitMirrored();
        LocalDate today = LocalDate.now(MADRID);
        Map<Long, ProductFigures> sold = ExpectedSales.byProduct(harness.shop().data().orders.all(),
                today.minusDays(29), today);
        // get_product_performance(period_days=30): no product_ids
        JsonNode all = ok(api.get(bi, "/reports/products/performance", Map.of("period_days", "30")));
        assertThat(all.path("period_days").asInt()).isEqualTo(30);
        assertThat(list(all.path("top_products")).stream().map(p -> p.path("id").asLong()).toList())
                .containsExactlyInAnyOrderElementsOf(sold.keySet());
        for (JsonNode product : all.path("top_products")) {
            long id = product.path("id").asLong();
            assertThat(product.path("units").asLong()).as("units of %d", id).isEqualTo(sold.get(id).units());
            assertThat(product.path("sales").decimalValue()).as("sales of %d", id)
                    .isEqualByComparingTo(sold.get(id).sales().setScale(2, RoundingMode.HALF_UP));
            assertThat(product.path("name").asText()).isNotBlank();
        }
        // get_product_performance(product_ids=[a, b]): ','.join of the ids
        List<Long> two = sold.keySet().stream().sorted().limit(2).toList();
        JsonNode some = ok(api.get(bi, "/reports/products/performance", Map.of("period_days", "30",
                "product_ids", two.get(0) + "," + two.get(1))));
        assertThat(list(some.path("top_products")).stream().map(p -> p.path("id").asLong()).toList())
                .containsExactlyInAnyOrderElementsOf(two);
        assertParameterRefused(api.get(bi, "/reports/products/performance", Map.of("product_ids", "3,x")),
                "product_ids");
        assertParameterRefused(api.get(bi, "/reports/products/performance", Map.of("period_days", "-1")),
                "period_days");
    }

    @Test
    @org.junit.jupiter.api.Order(9)
    void customerAnalyticsIsTheServiceAnswerForEverySegment() throws Exception {
        awaitMirrored();
        CustomerAnalytics analytics = harness.bean("customerAnalytics", CustomerAnalytics.class);
        JsonNode all = ok(api.get(bi, "/reports/customers/analytics", Map.of()));
        assertThat(all).isEqualTo(ServedApi.json(ReportJson.write(analytics.report(Map.of()))));
        assertThat(all.path("total_customers").asLong()).isEqualTo(harness.shop().data().customers.size());
        long counted = list(all.path("segments")).stream().mapToLong(s -> s.path("customers").asLong()).sum();
        assertThat(counted).isEqualTo(harness.shop().data().customers.size());
        for (JsonNode segment : all.path("segments")) {
            String name = segment.path("segment").asText();
            JsonNode one = ok(api.get(bi, "/reports/customers/analytics", Map.of("segment", name)));
            assertThat(one).isEqualTo(ServedApi.json(ReportJson.write(analytics.report(Map.of("segment", name)))));
            assertThat(one.path("customers").size()).as(name)
                    .isEqualTo((int) Math.min(100, segment.path("customers").asLong()));
        }
        assertParameterRefused(api.get(bi, "/reports/customers/analytics", Map.of("segment", "gold")), "segment");
    }

    @Test
    @org.junit.jupiter.api.Order(10)
    void csvExportsParseWithACsvParserAndHoldTheNumbersOfTheJsonReports() throws Exception {
        awaitMirrored();
        LocalDate today = LocalDate.now(MADRID);
        Map<String, String> range = Map.of("start_date", today.minusDays(60).toString(), "end_date", today.toString(),
                "group_by", "week");

        // export_data('sales', format='csv', **kwargs): the Python client still sends Accept: application/json
        HttpResponse<String> csv = api.get(bi, "/reports/sales/export", with(range, "format", "csv"));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"sales-[0-9-]+_[0-9-]+-by-week\\.csv\"");
        assertThat(csv.body()).contains("\r\n");
        JsonNode sales = ok(api.get(bi, "/reports/sales", range));
        List<CSVRecord> rows = parse(csv.body(), "date", "total", "orders", "total_tax_excl");
        assertThat(rows).hasSize(sales.path("data").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode period = sales.path("data").get(i);
            assertThat(rows.get(i).get("date")).isEqualTo(period.path("date").asText());
            assertThat(new BigDecimal(rows.get(i).get("total"))).isEqualByComparingTo(period.path("total").decimalValue());
            assertThat(Long.parseLong(rows.get(i).get("orders"))).isEqualTo(period.path("orders").asLong());
            assertThat(new BigDecimal(rows.get(i).get("total_tax_excl")))
                    .isEqualByComparingTo(period.path("total_tax_excl").decimalValue());
        }

        HttpResponse<String> productsCsv = api.get(bi, "/reports/products/export", Map.of("period_days", "90"));
        assertThat(productsCsv.statusCode()).isEqualTo(200);
        JsonNode products = ok(api.get(bi, "/reports/products/performance", Map.of("period_days", "90")));
        List<CSVRecord> productRows = parse(productsCsv.body(), "id", "name", "sku", "units", "sales",
                "sales_tax_excl", "orders");
        assertThat(productRows).hasSize(products.path("top_products").size()).isNotEmpty();
        for (int i = 0; i < productRows.size(); i++) {
            JsonNode product = products.path("top_products").get(i);
            assertThat(productRows.get(i).get("id")).isEqualTo(product.path("id").asText());
            assertThat(productRows.get(i).get("name")).isEqualTo(product.path("name").asText());
            assertThat(new BigDecimal(productRows.get(i).get("sales")))
                    .isEqualByComparingTo(product.path("sales").decimalValue());
            assertThat(Long.parseLong(productRows.get(i).get("units"))).isEqualTo(product.path("units").asLong());
        }

        HttpResponse<String> customersCsv = api.get(bi, "/reports/customers/export", Map.of());
        JsonNode customers = ok(api.get(bi, "/reports/customers/analytics", Map.of()));
        List<CSVRecord> segmentRows = parse(customersCsv.body(), "segment", "customers", "orders", "revenue",
                "average_order_value");
        assertThat(segmentRows).extracting(r -> r.get("segment")).containsExactlyElementsOf(
                list(customers.path("segments")).stream().map(s -> s.path("segment").asText()).toList());
        for (int i = 0; i < segmentRows.size(); i++) {
            assertThat(new BigDecimal(segmentRows.get(i).get("revenue")))
                    .isEqualByComparingTo(customers.path("segments").get(i).path("revenue").decimalValue());
        }

        HttpResponse<String> json = api.get(bi, "/reports/sales/export", with(range, "format", "json"));
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).endsWith(".json\"");
        assertThat(ServedApi.json(json)).isEqualTo(sales);

        assertParameterRefused(api.get(bi, "/reports/sales/export", Map.of("format", "xlsx")), "format");
        assertParameterRefused(api.get(bi, "/reports/stock/export", Map.of()), "type");
    }

    // ---------------------------------------------------------------- CORS (the dashboard on another origin)

    @Test
    @org.junit.jupiter.api.Order(11)
    void aBrowserPageOfAConfiguredOriginMayCallTheApi() throws Exception {
        HttpResponse<String> preflight = api.options("/reports/sales", Map.of("Origin", DASHBOARD,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(DASHBOARD);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).contains("Authorization, Content-Type");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET", "PUT");
        HttpResponse<String> putPreflight = api.options("/sync/products", Map.of("Origin", "https://bi.example",
                "Access-Control-Request-Method", "PUT"));
        assertThat(putPreflight.statusCode()).isEqualTo(204);

        HttpResponse<String> call = api.send(api.request(bi, "/reports/sales", Map.of()).header("Origin", DASHBOARD)
                .GET());
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).contains(DASHBOARD);
        HttpResponse<String> refused = api.send(api.request(null, "/reports/sales", Map.of()).header("Origin", DASHBOARD)
                .GET());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).as("a page can read the 401")
                .contains(DASHBOARD);

        HttpResponse<String> stranger = api.options("/reports/sales", Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET"));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> strangerCall = api.send(api.request(bi, "/reports/sales", Map.of())
                .header("Origin", "https://evil.example").GET());
        assertThat(strangerCall.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(12)
    void oddInputIsAClientErrorNeverACrash() throws Exception {
        for (String query : List.of("/sync/products?limit=5&limit=6", "/sync/products?last_sync=%27%29%28%24%7Bx%7D",
                "/sync/orders?cursor=%24%7Bheader.limit%7D", "/reports/sales?group_by=day%27%2C%27x",
                "/reports/products/performance?product_ids=1%29%2C2", "/reports/sales/export?format=csv%27%29",
                "/reports/customers/analytics?segment=%22vip%22", "/reports/%24%7Bbody%7D/export")) {
            HttpResponse<String> answer = api.send(api.request(bi, "", Map.of()).uri(java.net.URI.create(
                    api.baseUrl() + query)).GET());
            assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(ServedApi.json(answer).path("error").asText()).as(query).isEqualTo("invalid_request");
        }
        for (String body : List.of("", "null", "{\"products\":{}}", "{\"products\":[1,\"x\",null]}")) {
            HttpResponse<String> answer = api.put(erp, "/sync/products", body);
            assertThat(answer.statusCode()).as("PUT %s: %s", body, answer.body()).isIn(200, 400);
        }
        JsonNode items = ok(api.put(erp, "/sync/products", "{\"products\":[1,\"x\",null]}"));
        assertThat(items.path("results")).hasSize(3).allSatisfy(item ->
                assertThat(item.path("status").asText()).isEqualTo("invalid"));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertEqualsMirror(String entity, List<JsonNode> records) throws Exception {
        List<ServedApi.MirrorRow> rows = ServedApi.mirror(harness.hub().wiring().platform().dataSource(), entity);
        Map<String, Integer> stock = ServedApi.stock(harness.hub().wiring().platform().dataSource());
        assertThat(ids(records)).as(entity).containsExactlyElementsOf(rows.stream().map(ServedApi.MirrorRow::storeId)
                .toList());
        for (int i = 0; i < rows.size(); i++) {
            ServedApi.MirrorRow row = rows.get(i);
            JsonNode record = records.get(i);
            assertThat(record.path("sync_action").asText()).as(entity + " " + row.storeId())
                    .isEqualTo(row.deleted() ? "delete" : row.syncAction());
            assertThat(record.path("version").asText()).isEqualTo(row.contentHash());
            if (!row.deleted()) {
                ObjectNode fields = ((ObjectNode) record).deepCopy();
                fields.remove(List.of("sync_action", "version", "changed_at"));
                for (JsonNode variation : fields.path("variations")) {
                    // the stock the feed adds to each variation: the snapshot's, as it was when the page was read
                    assertThat(variation.has("quantity")).as(entity + " " + row.storeId() + " " + variation).isTrue();
                    assertThat(stock.get(row.storeId() + ":" + variation.path("combination_id").asLong()))
                            .as(entity + " " + row.storeId() + " " + variation)
                            .isEqualTo(variation.path("quantity").isNull() ? null : variation.path("quantity").asInt());
                    ((ObjectNode) variation).remove("quantity");
                }
                assertThat(fields).as(entity + " " + row.storeId()).isEqualTo(snakeCase(ServedApi.json(row.payload())));
            }
        }
    }

    /** The canonical record with snake_case names, as the feed is documented to show it. */
    private static JsonNode snakeCase(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.set(field.getKey().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT),
                        snakeCase(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(snakeCase(item)));
            return out;
        }
        return node;
    }

    private static List<JsonNode> followCursor(String entity, String cursor, int limit) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        String next = cursor;
        while (true) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("limit", Integer.toString(limit));
            if (next != null) {
                params.put("cursor", next);
            }
            JsonNode page = ok(api.get(erp, "/sync/" + entity, params));
            records.addAll(list(page.path(entity)));
            next = page.path("next_cursor").asText();
            if (!page.path("has_more").asBoolean()) {
                return records;
            }
        }
    }

    private static List<JsonNode> followSyncTime(String entity, String syncTime, int limit) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        String next = syncTime;
        while (true) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("limit", Integer.toString(limit));
            if (next != null) {
                params.put("last_sync", next);
            }
            JsonNode page = ok(api.get(erp, "/sync/" + entity, params));
            records.addAll(list(page.path(entity)));
            next = page.path("sync_time").asText();
            if (!page.path("has_more").asBoolean()) {
                return records;
            }
        }
    }

    private static List<String> ids(List<JsonNode> records) {
        return records.stream().map(r -> r.path("id").asText()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static JsonNode ok(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return ServedApi.json(answer);
    }

    private static void assertParameterRefused(HttpResponse<String> answer, String parameter) throws Exception {
        assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(400);
        JsonNode error = ServedApi.json(answer);
        assertThat(error.path("error").asText()).isEqualTo("invalid_request");
        assertThat(error.path("parameter").asText()).isEqualTo(parameter);
        assertThat(error.path("message").asText()).isNotBlank();
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return copy;
    }

    private static List<CSVRecord> parse(String body, String... header) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).containsExactly(header);
            return parser.getRecords();
        }
    }


    private static List<Order> sales() {
        return ExpectedSales.sales(harness.shop().data().orders.all());
    }

    /** Sales per period computed from the sandbox's orders, not by the hub. */
    private static Map<LocalDate, Figures> expected(String groupBy, LocalDate from, LocalDate to) {
        return ExpectedSales.byPeriod(harness.shop().data().orders.all(), groupBy, from, to);
    }

}
