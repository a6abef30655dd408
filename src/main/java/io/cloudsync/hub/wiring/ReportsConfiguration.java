package io.cloudsync.hub.wiring;

import io.cloudsync.hub.ingest.OrderIngest;
import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportExport;
import io.cloudsync.hub.reports.ReportRepository;
import io.cloudsync.hub.reports.ReportRetention;
import io.cloudsync.hub.reports.ReportSettings;
import io.cloudsync.hub.reports.SalesReport;
import io.cloudsync.hub.reports.ShopZone;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/** The report tables and what is computed from them: sales, product performance, customers, exports, retention. */
public final class ReportsConfiguration implements CamelConfiguration {

    private final ReportRepository reports;
    private final ShopZone zone;
    private final SalesReport sales;
    private final ProductPerformance performance;
    private final CustomerAnalytics customers;
    private final ReportRetention retention;
    private final ReportExport export;

    ReportsConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror, StoreConfiguration store,
                         ReportSettings settings, Clock clock) {
        this.reports = new ReportRepository(platform.dataSource());
        this.zone = ShopZone.of(mirror.checkpointRepository(), OrderIngest.FLOW, store.storeClient()::timezone);
        this.sales = new SalesReport(reports, zone, clock, settings.marketplacePaymentModule());
        this.performance = new ProductPerformance(reports, mirror.mirrorRepository(), zone, clock);
        this.customers = new CustomerAnalytics(reports, mirror.mirrorRepository(), settings.segments(), zone, clock);
        this.retention = new ReportRetention(reports, settings.retention(), zone, clock);
        this.export = new ReportExport(sales, performance, customers);
    }

    @BindToRegistry
    public ReportRepository reportRepository() {
        return reports;
    }

    @BindToRegistry
    public ShopZone shopZone() {
        return zone;
    }

    @BindToRegistry
    public SalesReport salesReport() {
        return sales;
    }

    @BindToRegistry
    public ProductPerformance productPerformance() {
        return performance;
    }

    @BindToRegistry
    public CustomerAnalytics customerAnalytics() {
        return customers;
    }

    @BindToRegistry
    public ReportExport reportExport() {
        return export;
    }

    @BindToRegistry
    public ReportRetention reportRetention() {
        return retention;
    }
}
