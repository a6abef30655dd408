package io.cloudsync.hub.wiring;

import io.cloudsync.hub.api.ApiSettings;
import io.cloudsync.hub.camel.HttpServerLimits;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.dashboard.DashboardSettings;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.erp.ErpSettings;
import io.cloudsync.hub.erp.orders.ErpOrderSettings;
import io.cloudsync.hub.http.HttpSettings;
import io.cloudsync.hub.http.RetrySettings;
import io.cloudsync.hub.ingest.IngestSettings;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.orders.MarketplaceOrderSettings;
import io.cloudsync.hub.marketsync.orders.StatusBackSettings;
import io.cloudsync.hub.marketsync.stock.StockCutoffSettings;
import io.cloudsync.hub.marketsync.sink.SinkSettings;
import io.cloudsync.hub.reports.ReportSettings;
import io.cloudsync.hub.store.ImageSettings;
import io.cloudsync.hub.store.StoreSettings;
import io.cloudsync.hub.storeorders.ImportSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the hub starts from, read once from its configuration into one typed record per area. The hub builds
 * its beans from these records only, and {@code check} reads the same records, so a value that would stop the hub
 * is a problem {@code check} names, and the other way round.
 */
public record HubSettings(DatabaseSettings database, HttpSettings http, RetrySettings retry, StoreSettings store,
                          ImageSettings images, IngestSettings ingest, MarketSyncSettings marketSync, SinkSettings sink,
                          StockCutoffSettings stockCutoff, MarketplaceOrderSettings marketplaceOrders,
                          ImportSettings storeOrders, StatusBackSettings statusBack,
                          ErpSettings erp, ErpOrderSettings erpOrders, ReportSettings reports, ApiSettings api,
                          DashboardSettings dashboard,
                          HttpServerLimits server) {

    /** The settings, or a {@link ConfigException} naming every problem at once. */
    public static HubSettings from(HubProperties properties) {
        Reading reading = new Reading(properties);
        HubSettings settings = reading.settings();
        if (!reading.problems.isEmpty()) {
            throw new ConfigException("the configuration has " + reading.problems.size() + " problem(s): "
                    + String.join("; ", reading.problems));
        }
        return settings;
    }

    /** What is wrong with the configuration, each problem naming its key; empty when the hub can start from it. */
    public static List<String> problems(HubProperties properties) {
        Reading reading = new Reading(properties);
        reading.settings();
        return List.copyOf(reading.problems);
    }

    private static final class Reading {
        private final HubProperties properties;
        private final List<String> problems = new ArrayList<>();

        Reading(HubProperties properties) {
            this.properties = properties;
        }

        HubSettings settings() {
            HubSettings settings = new HubSettings(part(DatabaseSettings::from), part(HttpSettings::from),
                    part(RetrySettings::from), part(StoreSettings::from), part(ImageSettings::from),
                    part(IngestSettings::from), part(MarketSyncSettings::from), part(SinkSettings::from),
                    part(StockCutoffSettings::from), part(MarketplaceOrderSettings::from),
                    part(ImportSettings::from), part(StatusBackSettings::from), part(ErpSettings::from),
                    part(ErpOrderSettings::from), part(ReportSettings::from), part(ApiSettings::from),
                    part(DashboardSettings::from),
                    part(HttpServerLimits::from));
            return problems.isEmpty() ? settings : null;
        }

        private <T> T part(Function<HubProperties, T> read) {
            try {
                return read.apply(properties);
            } catch (ConfigException | IllegalArgumentException e) {
                problems.add(e.getMessage());
                return null;
            }
        }
    }
}
