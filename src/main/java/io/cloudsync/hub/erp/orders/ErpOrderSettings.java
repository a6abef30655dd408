package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.Locale;

/**
 * The ERP order sinks' settings: the country (ISO 3166 code) of marketplace buyers' addresses
 * ({@code hub.erp.orders.marketplace-country}: MarketSync's marketplaces sell in Mexico), and the payment module the
 * store import signs its orders with ({@code hub.store.marketplace-payment-module}).
 */
public record ErpOrderSettings(String marketplaceCountry, String importPaymentModule) {

    public ErpOrderSettings {
        marketplaceCountry = marketplaceCountry == null ? "" : marketplaceCountry.strip().toUpperCase(Locale.ROOT);
        if (!marketplaceCountry.isEmpty() && !marketplaceCountry.matches("[A-Z]{2}")) {
            throw new ConfigException("hub.erp.orders.marketplace-country must be an ISO 3166 code of two letters"
                    + " (MX) or empty");
        }
        importPaymentModule = importPaymentModule == null ? "" : importPaymentModule.strip();
    }

    public static ErpOrderSettings from(HubProperties properties) {
        return new ErpOrderSettings(properties.get("hub.erp.orders.marketplace-country"),
                properties.get("hub.store.marketplace-payment-module"));
    }
}
