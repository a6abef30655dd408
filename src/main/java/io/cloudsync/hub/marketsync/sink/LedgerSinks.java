package io.cloudsync.hub.marketsync.sink;

/**
 * The sink ledger names MarketSync uses. Since V22 MarketSync keeps one row per product under {@link #PRODUCT} (key
 * the SKU, parent the store id), with every aspect it accepted in one document ({@link LedgerDocument},
 * {@link ProductLedger}). The other names are those of the rows a hub upgraded from one row per aspect may still
 * hold (variation and stock by variation SKU, price and publication by {@code SKU|market id}, parent the product's
 * SKU): read until the product's row is rewritten, then deleted.
 */
public final class LedgerSinks {

    public static final String PRODUCT = "marketsync";
    public static final String VARIATION = "marketsync.variation";
    public static final String STOCK = "marketsync.stock";
    public static final String PRICE = "marketsync.price";
    public static final String PUBLICATION = "marketsync.publication";

    private LedgerSinks() {
    }
}
