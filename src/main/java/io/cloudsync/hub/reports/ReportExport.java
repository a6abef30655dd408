package io.cloudsync.hub.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.params.QueryParams;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/reports/{type}/export?format=csv|json&…}: a report as a file. {@code type} is {@code sales},
 * {@code products} or {@code customers}; the other query parameters are the report's own. JSON is the report
 * exactly as its endpoint answers it; CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break) is its table: the periods, the products or the segments, amounts as plain
 * numbers with two decimals. A text cell that a spreadsheet would take for a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return: OWASP's CSV injection rule) gets a leading
 * {@code '}; cells written from numbers (amounts, counts, negative refunds) are left as they are.
 */
public final class ReportExport {

    public static final Set<String> TYPES = Set.of("sales", "products", "customers");
    private static final CsvMapper CSV = new CsvMapper();
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private final SalesReport sales;
    private final ProductPerformance products;
    private final CustomerAnalytics customers;

    public ReportExport(SalesReport sales, ProductPerformance products, CustomerAnalytics customers) {
        this.sales = sales;
        this.products = products;
        this.customers = customers;
    }

    /** A file to send: its media type, a file name for {@code Content-Disposition}, and its text (UTF-8). */
    public record Export(String contentType, String filename, String body) {
    }

    /**
     * @param type       {@code sales}, {@code products} or {@code customers} (the path segment)
     * @param parameters the query parameters: {@code format} ({@code csv}, the default, or {@code json}) and the
     *                   report's own
     */
    public Export export(String type, Map<String, String> parameters) {
        String format = QueryParams.of(parameters).oneOf("format", "csv", Set.of("csv", "json"));
        if (type == null || !TYPES.contains(type)) {
            throw new InvalidParameterException("type", "report type must be one of customers, products, sales, got '"
                    + type + "'");
        }
        boolean csv = format.equals("csv");
        return switch (type) {
            case "sales" -> {
                SalesReport.Result report = sales.report(parameters);
                String name = "sales-" + report.startDate() + "_" + report.endDate() + "-by-" + report.groupBy();
                yield csv ? csv(name, List.of("date", "total", "orders", "total_tax_excl"), report.data().stream()
                        .map(p -> List.<Object>of(p.date(), p.total(), p.orders(), p.totalTaxExcl())).toList())
                        : json(name, report);
            }
            case "products" -> {
                ProductPerformance.Result report = products.report(parameters);
                String name = "products-" + report.startDate() + "_" + report.endDate();
                yield csv ? csv(name, List.of("id", "name", "sku", "units", "sales", "sales_tax_excl", "orders"),
                        report.topProducts().stream().map(p -> List.<Object>of(p.id(), p.name(), p.sku(), p.units(),
                                p.sales(), p.salesTaxExcl(), p.orders())).toList())
                        : json(name, report);
            }
            default -> {
                CustomerAnalytics.Result report = customers.report(parameters);
                String name = "customers-" + report.asOf();
                yield csv ? csv(name, List.of("segment", "customers", "orders", "revenue", "average_order_value"),
                        report.segments().stream().map(s -> List.<Object>of(s.segment(), s.customers(), s.orders(),
                                s.revenue(), s.averageOrderValue())).toList())
                        : json(name, report);
            }
        };
    }

    private static Export json(String name, Object report) {
        return new Export("application/json", name + ".json", ReportJson.write(report));
    }

    /** An RFC 4180 table: the header row, then one row per record. */
    static Export csv(String name, List<String> columns, List<List<Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        List<String[]> cells = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            cells.add(row.stream().map(ReportExport::cell).toArray(String[]::new));
        }
        try {
            String body = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValueAsString(cells);
            return new Export("text/csv; charset=utf-8", name + ".csv", body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report cannot be written as CSV", e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value instanceof Number ? value.toString() : neutralised(value.toString());
    }

    /** A text cell a spreadsheet shows as text: formula triggers get a leading single quote (OWASP). */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
