package io.cloudsync.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderStatus;
import io.cloudsync.hub.model.OrderTotals;
import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportExport;
import io.cloudsync.hub.reports.ReportRows;
import io.cloudsync.hub.reports.SalesReport;
import io.cloudsync.hub.reports.SegmentRules;
import io.cloudsync.hub.reports.ShopZone;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.reports.ReportOrder;
import io.cloudsync.hub.reports.ReportRepository;
import io.cloudsync.hub.db.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 4: product names (and SKUs) that a spreadsheet would run as formulas, mirrored from the store, come out
 * of the products CSV export as text (a leading {@code '}); the JSON export keeps them as they are.
 */
@ExtendWith(Attacks.class)
class CsvInjectionAttackTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final OrderStatus PAID = new OrderStatus(2, "Payment accepted", true, false, false, false, false,
            false);
    private static final List<String> FORMULAS = List.of("@SUM(1+1)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")",
            "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void formulaNamesInTheMirrorComeOutOfTheCsvAsText() throws Exception {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        ReportRepository reports = new ReportRepository(db.dataSource());
        List<MirrorUpsert> products = new ArrayList<>();
        List<MirrorUpsert> orders = new ArrayList<>();
        Map<String, ReportOrder> rows = new LinkedHashMap<>();
        for (int i = 0; i < FORMULAS.size(); i++) {
            long id = 10 + i;
            String name = FORMULAS.get(i);
            products.add(MirrorUpsert.of(Long.toString(id), name, new ObjectMapper().writeValueAsString(
                    Map.of("id", id, "reference", name, "name", name))));
            Order order = order(id, id, name, i + 1);
            orders.add(MirrorUpsert.of(Long.toString(id), order.reference(),
                    CanonicalJson.mapper().writeValueAsString(order)));
            rows.put(Long.toString(id), ReportRows.of(order));
        }
        mirror.upsertPage("products", products);
        mirror.writePage("orders", "orders", orders, List.of(), reports.alongside(rows));
        Clock now = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), MADRID);
        ShopZone zone = ShopZone.fixed(MADRID);
        ReportExport export = new ReportExport(new SalesReport(reports, zone, now),
                new ProductPerformance(reports, mirror, zone, now),
                new CustomerAnalytics(reports, mirror, new SegmentRules(new BigDecimal("500"), 90), zone, now));

        ReportExport.Export csv = export.export("products", Map.of("period_days", "7"));
        ReportExport.Export json = export.export("products", Map.of("period_days", "7", "format", "json"));

        List<Map<String, String>> read = read(csv.body());
        for (String formula : FORMULAS) {
            Map<String, String> row = read.stream().filter(r -> r.get("name").endsWith(formula)).findFirst()
                    .orElseThrow();
            boolean text = row.get("name").equals("'" + formula) && row.get("sku").equals("'" + formula);
            Attacks.refused("4", "product name " + formula.replace("\t", "\\t").replace("\r", "\\r")
                    + " exported as CSV", text, row.toString());
            assertThat(row.get("sales")).doesNotStartWith("'");
        }
        JsonNode top = new ObjectMapper().readTree(json.body()).path("top_products");
        assertThat(top).extracting(p -> p.path("name").asText()).containsExactlyInAnyOrderElementsOf(FORMULAS);
    }

    private static Order order(long id, long product, String name, int quantity) {
        LocalDateTime placed = LocalDateTime.parse("2024-06-29T12:00:00");
        BigDecimal unit = new BigDecimal("10.00");
        BigDecimal total = unit.multiply(BigDecimal.valueOf(quantity));
        BigDecimal excl = total.divide(new BigDecimal("1.21"), 2, RoundingMode.HALF_UP);
        OrderLine line = OrderLine.of(product * 100, product, 0, name, name, quantity, unit,
                unit.divide(new BigDecimal("1.21"), 6, RoundingMode.HALF_UP));
        return new Order(id, "REF" + id, 1, id, "EUR", BigDecimal.ONE, "ps_checkout", "Checkout", true, PAID, placed,
                placed.atZone(MADRID).toInstant(), new OrderTotals(total, excl, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, total, excl, total), List.of(line));
    }

    private static List<Map<String, String>> read(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
