package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shop's counts and settings at a glance, as {@code GET /_sandbox/store} shows them. */
final class ShopSummary {

    private ShopSummary() {
    }

    static Map<String, Object> of(SandboxShop shop) {
        ShopData data = shop.data();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("products", data.products.size());
        summary.put("combinations", data.combinations.size());
        summary.put("stock_availables", data.stockAvailables.size());
        summary.put("specific_prices", data.specificPrices.size());
        summary.put("images", data.images.size());
        summary.put("customers", data.customers.size());
        summary.put("orders", data.orders.size());
        summary.put("languages", data.languages.isoCodes());
        summary.put("timezone", shop.configuration("PS_TIMEZONE").orElse(null));
        summary.put("clock", ShopTime.format(shop.wallNow()));
        summary.put("clockFrozen", shop.clock().frozen());
        summary.put("phpCgiMode", shop.phpCgiMode());
        summary.put("version", shop.version());
        return summary;
    }
}
