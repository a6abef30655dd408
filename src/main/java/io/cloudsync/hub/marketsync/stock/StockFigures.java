package io.cloudsync.hub.marketsync.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The stock figure sent to MarketSync for a SKU, so that its {@code teorico} is the true available stock.
 * <p>
 * MarketSync shows {@code teorico = sent − units of orders registered after the cut-off C}. The store's count
 * already holds the orders imported into it; the truth is {@code store − units not yet imported}. Sending
 * {@code store + units imported into the store of orders registered after C} gives
 * {@code teorico = store + imported_after_C − (imported_after_C + not_imported_after_C) = store − not_imported}
 * as long as every order registered at or before C is imported ({@link CutoffMove} only moves C to where that
 * holds). The figure does not change when an import lands (the store loses the units the addition gains), so
 * imports need no push; it changes when the store's own stock does.
 * <p>
 * An import counts only if the store count was read after it was recorded ({@code importedAt ≤ readAt}): a count
 * read before the import lacks its decrement, and adding its units would put {@code teorico} above the truth. An
 * import recorded after the read but already in the count makes the figure too low by its units (safe) until the
 * next push that reads the count again. The figure is {@code max(0, store + imported)}, summed before clamping:
 * a store oversold to −2 with 3 imported units is 1, not 3.
 */
public final class StockFigures {

    private StockFigures() {
    }

    /** What to send: {@code max(0, storeCount + importedUnits)}. */
    public static int figure(int storeCount, int importedUnits) {
        return Math.max(0, storeCount + importedUnits);
    }

    /**
     * Per SKU, the units of imported sales registered after {@code basis} whose import was recorded at or before
     * the moment that SKU's store count was read. SKUs without a read time get nothing added.
     */
    public static Map<String, Integer> importedUnits(Instant basis, Map<String, Instant> countReadAt,
                                                     Collection<ImportedSale> sales) {
        Map<String, Integer> units = new HashMap<>();
        for (ImportedSale sale : sales) {
            Instant readAt = countReadAt.get(sale.sku());
            if (readAt != null && sale.imported() && sale.registeredAfter(basis) && !sale.importedAt().isAfter(readAt)) {
                units.merge(sale.sku(), sale.units(), Integer::sum);
            }
        }
        return units;
    }
}
