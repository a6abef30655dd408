package io.cloudsync.hub.reports;

import static io.cloudsync.hub.reports.ReportFixtures.MADRID;
import static io.cloudsync.hub.reports.ReportFixtures.PAID;
import static io.cloudsync.hub.reports.ReportFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.db.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each report as an RFC 4180 CSV file a CSV parser reads back with the same figures, and as JSON. */
class ReportExportTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), MADRID);

    private static ReportExport export(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        ReportRepository reports = new ReportRepository(db.dataSource());
        mirror.upsertPage("products", List.of(MirrorUpsert.of("7", "CAM-7",
                "{\"id\":7,\"reference\":\"CAM-7\",\"name\":\"Camiseta \\\"Verano\\\", talla M\\nnueva\"}")));
        new ReportFixtures(mirror, reports)
                .order(1, "2024-06-28T12:00:00", PAID, "20.00", line(7, 2, "10.00"))
                .order(2, "2024-06-30T12:00:00", PAID, "12.34", line(8, 1, "12.34"))
                .write();
        ShopZone zone = ShopZone.fixed(MADRID);
        return new ReportExport(new SalesReport(reports, zone, NOW), new ProductPerformance(reports, mirror, zone, NOW),
                new CustomerAnalytics(reports, mirror, new SegmentRules(new BigDecimal("500"), 90), zone, NOW));
    }

    @EngineTest
    void salesAsCsvReadBackWithTheSameNumbers(TestDatabase db) throws IOException {
        ReportExport.Export csv = export(db).export("sales", Map.of("format", "csv", "start_date", "2024-06-28",
                "end_date", "2024-06-30"));

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.filename()).isEqualTo("sales-2024-06-28_2024-06-30-by-day.csv");
        assertThat(csv.body()).startsWith("date,total,orders,total_tax_excl\r\n").endsWith("\r\n");
        List<Map<String, String>> rows = read(csv.body());
        assertThat(rows).extracting(r -> r.get("date"), r -> r.get("total"), r -> r.get("orders")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-06-28", "20.00", "1"),
                org.assertj.core.groups.Tuple.tuple("2024-06-29", "0.00", "0"),
                org.assertj.core.groups.Tuple.tuple("2024-06-30", "12.34", "1"));
    }

    @EngineTest
    void productNamesWithCommasQuotesAndLineBreaksSurviveTheRoundTrip(TestDatabase db) throws IOException {
        ReportExport.Export csv = export(db).export("products", Map.of("period_days", "7"));

        List<Map<String, String>> rows = read(csv.body());
        assertThat(rows.get(0)).containsEntry("id", "7").containsEntry("name", "Camiseta \"Verano\", talla M\nnueva")
                .containsEntry("sku", "CAM-7").containsEntry("units", "2").containsEntry("sales", "20.00");
        assertThat(csv.body()).contains("\"Camiseta \"\"Verano\"\", talla M\nnueva\"");
    }

    @EngineTest
    void customersAsCsvAndEveryReportAsJson(TestDatabase db) throws IOException {
        ReportExport export = export(db);

        List<Map<String, String>> segments = read(export.export("customers", Map.of()).body());
        ReportExport.Export json = export.export("sales", Map.of("format", "json", "start_date", "2024-06-28",
                "end_date", "2024-06-30", "group_by", "week"));

        assertThat(segments).extracting(r -> r.get("segment")).containsExactly("at_risk", "vip", "new", "returning",
                "no_orders");
        assertThat(segments.get(2)).containsEntry("customers", "2").containsEntry("revenue", "32.34");
        assertThat(json.contentType()).isEqualTo("application/json");
        JsonNode report = new ObjectMapper().readTree(json.body());
        assertThat(report.path("total_sales").decimalValue()).isEqualByComparingTo("32.34");
        assertThat(report.path("data").get(0).path("date").asText()).isEqualTo("2024-06-24");
        assertThat(report.path("average_ticket").decimalValue()).isEqualByComparingTo("16.17");
    }

    static final String FORMULA_NAME = "@SUM(1+1)*cmd|' /C calc'!A0";

    @EngineTest
    void aProductNameThatLooksLikeAFormulaComesOutAsText(TestDatabase db) throws IOException {
        ReportExport export = export(db);
        new MirrorRepository(db.dataSource()).upsertPage("products", List.of(MirrorUpsert.of("8", "=HYPERLINK(x)",
                "{\"id\":8,\"reference\":\"=HYPERLINK(x)\",\"name\":\"" + FORMULA_NAME + "\"}")));

        ReportExport.Export csv = export.export("products", Map.of("period_days", "7"));

        List<Map<String, String>> rows = read(csv.body());
        assertThat(rows.get(1)).containsEntry("id", "8").containsEntry("name", "'" + FORMULA_NAME)
                .containsEntry("sku", "'=HYPERLINK(x)").containsEntry("sales", "12.34");
        assertThat(csv.body()).doesNotContain("," + FORMULA_NAME).doesNotContain(",=HYPERLINK");
    }

    @Test
    void everyFormulaTriggerIsNeutralisedButNumbersStayNumbers() throws IOException {
        List<String> texts = List.of("=1+2", "+1", "-2+3", "@A1", "\tx", "\rx", "plain", "a=b", "");
        List<List<Object>> rows = texts.stream().map(text -> List.<Object>of(text, new BigDecimal("-12.50"), -3L))
                .toList();

        List<Map<String, String>> read = read(ReportExport.csv("t", List.of("text", "amount", "count"), rows).body());

        assertThat(read).extracting(r -> r.get("text")).containsExactly("'=1+2", "'+1", "'-2+3", "'@A1", "'\tx",
                "'\rx", "plain", "a=b", "");
        assertThat(read).allSatisfy(r -> assertThat(r).containsEntry("amount", "-12.50").containsEntry("count", "-3"));
    }

    @Test
    void anUnknownTypeOrFormatIsNamed() {
        ReportExport export = new ReportExport(null, null, null);

        assertThatThrownBy(() -> export.export("stock", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("type"));
        assertThatThrownBy(() -> export.export("sales", Map.of("format", "xlsx")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("format"));
    }

    /** Reads CSV with its header row, strictly (a row with the wrong number of fields fails). */
    static List<Map<String, String>> read(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true)).readValues(csv)) {
            return rows.readAll();
        }
    }
}
