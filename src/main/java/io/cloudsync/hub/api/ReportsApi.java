package io.cloudsync.hub.api;

import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportExport;
import io.cloudsync.hub.reports.SalesReport;
import java.util.HashMap;
import java.util.Map;

/**
 * The Reporting API ({@code routes/api-reports.camel.yaml}): sales, product performance, customer segments and
 * their exports. Each method takes the query parameters of its endpoint as the caller sent them (null when
 * absent) and hands them to the report service, which validates them and names the one that does not fit.
 */
public final class ReportsApi {

    private final SalesReport sales;
    private final ProductPerformance products;
    private final CustomerAnalytics customers;
    private final ReportExport exports;

    public ReportsApi(SalesReport sales, ProductPerformance products, CustomerAnalytics customers,
                      ReportExport exports) {
        this.sales = sales;
        this.products = products;
        this.customers = customers;
        this.exports = exports;
    }

    /** {@code GET /v1/reports/sales?start_date=&end_date=&group_by=}. */
    public SalesReport.Result sales(String startDate, String endDate, String groupBy) {
        return sales.report(parameters("start_date", startDate, "end_date", endDate, "group_by", groupBy));
    }

    /** {@code GET /v1/reports/products/performance?product_ids=&period_days=&limit=}. */
    public ProductPerformance.Result productPerformance(String productIds, String periodDays, String limit) {
        return products.report(parameters("product_ids", productIds, "period_days", periodDays, "limit", limit));
    }

    /** {@code GET /v1/reports/customers/analytics?segment=&limit=}. */
    public CustomerAnalytics.Result customerAnalytics(String segment, String limit) {
        return customers.report(parameters("segment", segment, "limit", limit));
    }

    /**
     * {@code GET /v1/reports/{type}/export?format=&…}: the file, with the parameters of the report it exports
     * ({@code sales}: start_date, end_date, group_by; {@code products}: product_ids, period_days, limit;
     * {@code customers}: segment, limit).
     */
    public ReportExport.Export export(String type, String format, String startDate, String endDate, String groupBy,
                                      String productIds, String periodDays, String segment, String limit) {
        return exports.export(type, parameters("format", format, "start_date", startDate, "end_date", endDate,
                "group_by", groupBy, "product_ids", productIds, "period_days", periodDays, "segment", segment,
                "limit", limit));
    }

    private static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parameters;
    }
}
