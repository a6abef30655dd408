package io.cloudsync.hub.storeorders;

import io.cloudsync.hub.config.HubProperties;

/**
 * How marketplace orders are created in the store. A 0 id means "the shop's own default" (its configuration:
 * {@code PS_CARRIER_DEFAULT}, {@code PS_COUNTRY_DEFAULT}, {@code PS_OS_PAYMENT}, {@code PS_OS_CANCELED}).
 *
 * @param paymentModule   the payment module's technical name the orders carry ({@code hub.store.marketplace-payment-module})
 * @param emailDomain     domain of the placeholder e-mail of a buyer the marketplace gives none for
 * @param carrierId       the store carrier of marketplace orders
 * @param countryId       the country of their addresses
 * @param orderStateId    the state they are created in (paid)
 * @param cancelledStateId the state a cancelled one is moved to
 */
public record ImportSettings(String paymentModule, String emailDomain, StatusWords statusWords, long carrierId,
                             long countryId, long orderStateId, long cancelledStateId) {

    public static ImportSettings from(HubProperties properties) {
        return new ImportSettings(properties.get("hub.store.marketplace-payment-module"),
                properties.get("hub.store.marketplace-email-domain"),
                StatusWords.of(properties.get("hub.store.marketplace-cancelled-statuses"),
                        properties.get("hub.store.marketplace-unpaid-statuses")),
                id(properties, "hub.store.marketplace-carrier-id"), id(properties, "hub.store.marketplace-country-id"),
                id(properties, "hub.store.marketplace-order-state"), id(properties, "hub.store.cancelled-order-state"));
    }

    private static long id(HubProperties properties, String key) {
        String value = properties.find(key).orElse("").strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("\\d+")) {
            throw new IllegalArgumentException(key + " must be a store id (a whole number) or empty, got '" + value + "'");
        }
        return Long.parseLong(value);
    }
}
