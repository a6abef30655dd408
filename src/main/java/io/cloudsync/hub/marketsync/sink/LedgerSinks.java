package io.cloudsync.hub.marketsync.sink;

/**
 * The sink ledger names of MarketSync's aspects: each is compared and recorded on its own, so a stock change
 * sends a stock call and nothing else. Product entries are keyed by SKU (parent: the store id); variation and
 * stock entries by variation SKU, price entries by {@code SKU|market id} (parent: the product's SKU).
 */
public final class LedgerSinks {

    public static final String PRODUCT = "marketsync";
    public static final String VARIATION = "marketsync.variation";
    public static final String STOCK = "marketsync.stock";
    public static final String PRICE = "marketsync.price";

    private LedgerSinks() {
    }

    public static String priceKey(String sku, long marketId) {
        return sku + "|" + marketId;
    }
}
