package io.cloudsync.hub.marketsync.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The marketplace orders as the stock cut-off needs them (implemented on the table {@code marketplace_order_import}
 * by {@link MarketplaceOrderImports}; the marketplace-order import fills it). Cancelled lines are left out
 * everywhere: a cancelled order no longer adds units, and never holds a cut-off back.
 */
public interface ImportedMarketplaceSales {

    /** The lines of these SKUs registered strictly after {@code cutoff}, imported or not. */
    List<ImportedSale> registeredAfter(Instant cutoff, Collection<String> skus);

    /** Every line registered in ({@code from}, {@code to}] ({@code from} null: up to {@code to}). */
    List<ImportedSale> registeredBetween(Instant from, Instant to);

    /** Registration time of the oldest line the store does not hold yet. */
    Optional<Instant> oldestUnimported();

    /** MarketSync's time up to which every order it registered is known to the hub (the order poll's horizon). */
    Optional<Instant> knownThrough();
}
