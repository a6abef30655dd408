package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Settings of the sandbox PrestaShop store.
 *
 * @param port              where the simulator listens (0: any free port)
 * @param apiKey            the webservice key it accepts
 * @param products          size of the generated catalogue
 * @param seed              seed of the generator: the same seed gives the same shop
 * @param timezone          the shop's {@code PS_TIMEZONE}
 * @param languages         ISO codes; their order decides the language ids (the first is id 1, the default)
 * @param customers         generated customers
 * @param orders            generated orders, spread over the last {@code orderDays} days
 * @param orderDays         how far back generated orders go
 * @param activityPerMinute live changes per minute made by the activity generator (0: none)
 * @param lowStock          the share of the activity's orders that sell a product down to the low-stock threshold
 */
public record StoreSandboxSettings(int port, String apiKey, int products, long seed, String timezone,
                                   List<String> languages, int customers, int orders, int orderDays,
                                   int activityPerMinute, LowStockSales lowStock) {

    public static final String SANDBOX_KEY = "0123456789ABCDEF0123456789ABCDEF";
    public static final int MAX_PRODUCTS = 1_000_000;
    /** The hub's key: the sandbox sells down to the level at which the hub sees low stock. */
    private static final String LOW_STOCK_THRESHOLD = "hub.inventory.low-stock-threshold";

    public StoreSandboxSettings {
        languages = List.copyOf(languages);
        require(lowStock != null, "the sandbox store needs its low-stock sales (hub.sandbox.low-stock-share)");
        require(port >= 0 && port <= 65535, "hub.sandbox.store-port must be between 0 and 65535, got " + port);
        require(apiKey != null && !apiKey.isBlank(), "the sandbox store needs a webservice key");
        require(products >= 0 && products <= MAX_PRODUCTS,
                "hub.sandbox.products must be between 0 and " + MAX_PRODUCTS + ", got " + products);
        require(customers >= 0, "hub.sandbox.customers must not be negative, got " + customers);
        require(orders >= 0, "hub.sandbox.orders must not be negative, got " + orders);
        require(orderDays >= 1, "hub.sandbox.order-days must be at least 1, got " + orderDays);
        require(activityPerMinute >= 0, "hub.sandbox.activity-per-minute must not be negative, got " + activityPerMinute);
        require(!languages.isEmpty(), "hub.sandbox.languages needs at least one ISO code");
        require(new HashSet<>(languages).size() == languages.size(), "hub.sandbox.languages repeats a language: " + languages);
        for (String language : languages) {
            require(language.matches("[a-z]{2}"), "hub.sandbox.languages holds '" + language
                    + "': use two-letter ISO codes such as es,en");
        }
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException | NullPointerException e) {
            throw new ConfigException("hub.sandbox.timezone must be a time zone such as Europe/Madrid, got '" + timezone + "'");
        }
    }

    /** Without low-stock sales ({@link LowStockSales#NONE}). */
    public StoreSandboxSettings(int port, String apiKey, int products, long seed, String timezone, List<String> languages,
                                int customers, int orders, int orderDays, int activityPerMinute) {
        this(port, apiKey, products, seed, timezone, languages, customers, orders, orderDays, activityPerMinute,
                LowStockSales.NONE);
    }

    public static StoreSandboxSettings from(HubProperties p) {
        List<String> languages = Arrays.stream(p.get("hub.sandbox.languages").split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).toList();
        return new StoreSandboxSettings(p.getInt("hub.sandbox.store-port"), SANDBOX_KEY, p.getInt("hub.sandbox.products"),
                p.getLong("hub.sandbox.seed"), p.get("hub.sandbox.timezone"), languages, p.getInt("hub.sandbox.customers"),
                p.getInt("hub.sandbox.orders"), p.getInt("hub.sandbox.order-days"),
                p.getInt("hub.sandbox.activity-per-minute"), new LowStockSales(p.getInt("hub.sandbox.low-stock-share"),
                p.getInt(LOW_STOCK_THRESHOLD)));
    }

    public StoreSandboxSettings withPort(int value) {
        return new StoreSandboxSettings(value, apiKey, products, seed, timezone, languages, customers, orders, orderDays,
                activityPerMinute, lowStock);
    }

    public StoreSandboxSettings withProducts(int value) {
        return new StoreSandboxSettings(port, apiKey, value, seed, timezone, languages, customers, orders, orderDays,
                activityPerMinute, lowStock);
    }

    public StoreSandboxSettings withSeed(long value) {
        return new StoreSandboxSettings(port, apiKey, products, value, timezone, languages, customers, orders, orderDays,
                activityPerMinute, lowStock);
    }

    public StoreSandboxSettings withTimezone(String value) {
        return new StoreSandboxSettings(port, apiKey, products, seed, value, languages, customers, orders, orderDays,
                activityPerMinute, lowStock);
    }

    public StoreSandboxSettings withLanguages(List<String> value) {
        return new StoreSandboxSettings(port, apiKey, products, seed, timezone, value, customers, orders, orderDays,
                activityPerMinute, lowStock);
    }

    public StoreSandboxSettings withCustomersAndOrders(int customerCount, int orderCount) {
        return new StoreSandboxSettings(port, apiKey, products, seed, timezone, languages, customerCount, orderCount,
                orderDays, activityPerMinute, lowStock);
    }

    public StoreSandboxSettings withActivityPerMinute(int value) {
        return new StoreSandboxSettings(port, apiKey, products, seed, timezone, languages, customers, orders, orderDays,
                value, lowStock);
    }

    public StoreSandboxSettings withLowStock(LowStockSales value) {
        return new StoreSandboxSettings(port, apiKey, products, seed, timezone, languages, customers, orders, orderDays,
                activityPerMinute, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ConfigException(message);
        }
    }
}
