package io.cloudsync.hub.api;

import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportExport;
import io.cloudsync.hub.reports.SalesReport;
import java.util.Map;

/**
 * The Reporting API ({@code routes/api-reports.camel.yaml}): sales, product performance, customer segments and
 * their exports. Each method takes the request's parameters (the message headers the HTTP server filled) and hands
 * those of its endpoint to the report service, which validates them and names the one that does not fit.
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
    public SalesReport.Result sales(Map<String, Object> request) {
        return sales.report(RequestParameters.of(request, "start_date", "end_date", "group_by"));
    }

    /** {@code GET /v1/reports/products/performance?product_ids=&period_days=&limit=}. */
    public ProductPerformance.Result productPerformance(Map<String, Object> request) {
        return products.report(RequestParameters.of(request, "product_ids", "period_days", "limit"));
    }

    /** {@code GET /v1/reports/customers/analytics?segment=&limit=}. */
    public CustomerAnalytics.Result customerAnalytics(Map<String, Object> request) {
        return customers.report(RequestParameters.of(request, "segment", "limit"));
    }

    /**
     * {@code GET /v1/reports/{type}/export?format=&…}: the file, with the parameters of the report it exports
     * ({@code sales}: start_date, end_date, group_by; {@code products}: product_ids, period_days, limit;
     * {@code customers}: segment, limit).
     */
    public ReportExport.Export export(Map<String, Object> request) {
        return exports.export(RequestParameters.one("type", request == null ? null : request.get("type")),
                RequestParameters.of(request, "format", "start_date", "end_date", "group_by", "product_ids",
                        "period_days", "segment", "limit"));
    }
}
