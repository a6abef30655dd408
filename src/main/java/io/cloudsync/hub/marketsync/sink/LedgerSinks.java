package io.cloudsync.hub.marketsync.sink;

/**
 * The sink ledger names of MarketSync's aspects: each is compared and recorded on its own, so a stock change
 * sends a stock call and nothing else. Product entries are keyed by SKU (parent: the store id); variation and
 * stock entries by variation SKU, price entries by {@code SKU|market id} (parent: the product's SKU), and the
 * publication state the hub last sent by {@code SKU|market id} (its payload: {@code suspender} or {@code publicar}).
 */
public final class LedgerSinks {

    public static final String PRODUCT = "marketsync";
    public static final String VARIATION = "marketsync.variation";
    public static final String STOCK = "marketsync.stock";
    public static final String PRICE = "marketsync.price";
    public static final String PUBLICATION = "marketsync.publication";

    private LedgerSinks() {
    }

    public static String priceKey(String sku, long marketId) {
        return sku + "|" + marketId;
    }

    /** The key of a product's entry about one market (its publication state). */
    public static String marketKey(String sku, long marketId) {
        return priceKey(sku, marketId);
    }
}
