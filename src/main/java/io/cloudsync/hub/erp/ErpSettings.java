package io.cloudsync.hub.erp;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import java.nio.file.Path;
import java.util.Map;
import org.quartz.CronExpression;

/**
 * The ERP connection and what the hub does with it ({@code hub.erp.*}, {@code hub.inventory.*}): whether Tryton's
 * stock is the truth, the schedules of the ERP's timed routes (Quartz cron expressions), and the stock level at or
 * below which the replenishment workflow acts, and the file that maps what is sent
 * ({@code hub.erp.tryton.mapping-file}).
 */
public record ErpSettings(TrytonSettings tryton, boolean stockMaster, String stockCron, String inventoryCron,
                          int lowStockThreshold, Path mappingFile) {

    public ErpSettings {
        checkCron("hub.erp.stock-cron", stockCron);
        checkCron("hub.erp.inventory-cron", inventoryCron);
        if (lowStockThreshold < 0) {
            throw new ConfigException("hub.inventory.low-stock-threshold must not be negative");
        }
    }

    public static ErpSettings from(HubProperties properties) {
        String master = properties.get("hub.erp.stock-master").strip();
        if (!master.equals("true") && !master.equals("false")) {
            throw new ConfigException("hub.erp.stock-master must be true or false");
        }
        return new ErpSettings(TrytonSettings.from(properties), Boolean.parseBoolean(master),
                properties.get("hub.erp.stock-cron"), properties.get("hub.erp.inventory-cron"),
                properties.getInt("hub.inventory.low-stock-threshold"),
                Path.of(properties.get("hub.erp.tryton.mapping-file").strip()));
    }

    /**
     * Placeholders the route files read that follow from other keys: {@code hub.erp.enabled} (an ERP URL is set)
     * starts the ERP's timed routes, {@code hub.erp.stock-master-enabled} the stock master's poll.
     */
    public static Map<String, String> derivedProperties(Map<String, String> properties) {
        boolean enabled = !properties.getOrDefault("hub.erp.tryton.url", "").isBlank();
        boolean master = enabled && "true".equals(properties.getOrDefault("hub.erp.stock-master", "false").strip());
        return Map.of("hub.erp.enabled", Boolean.toString(enabled),
                "hub.erp.stock-master-enabled", Boolean.toString(master));
    }

    private static void checkCron(String key, String expression) {
        if (!CronExpression.isValidExpression(expression.strip())) {
            throw new ConfigException(key + " is not a Quartz cron expression (seconds minutes hours day-of-month"
                    + " month day-of-week, e.g. 0 0/5 * * * ?)");
        }
    }
}
