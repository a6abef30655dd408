package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.marketsync.stock.ImportedMarketplaceSales;
import io.cloudsync.hub.marketsync.stock.ImportedSale;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.marketsync.stock.StockFigures;
import io.cloudsync.hub.mirror.StockKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The sink's hook for MarketSync's stock cut-off: the stock of every variation becomes
 * {@code max(0, store count + units of marketplace orders registered after the cut-off that the store already
 * holds)} ({@link StockFigures}), so that MarketSync's {@code teorico} is the true available stock. The cut-off is
 * the pending one during a move ({@link StockCutoff#basis}); before the hub ever set one, figures are the store's
 * counts as they were.
 * <p>
 * A store count's read time is taken from the stock snapshot: the moment its line last changed there, minus
 * {@code readMargin}, which must exceed the time between a page's read and its write (an HTTP read at most). An
 * import recorded within that margin is not added yet: the figure is lower by its units, never higher.
 * Products whose SKUs have no such orders are returned as they are; inactive products keep their zeros.
 */
public final class CutoffStockFigures {

    /**
     * The figures of one plan, and when each SKU's store count was read (what a cut-off move checks;
     * {@link Instant#MAX} for an inactive product's SKUs, whose figure is 0 whatever the count).
     */
    public record Figures(Map<String, MappedProduct> products, Map<String, Instant> countReadAt) {
    }

    private final Supplier<StockCutoff> cutoff;
    private final ImportedMarketplaceSales sales;
    private final Function<Collection<Long>, Map<StockKey, Instant>> changedAt;
    private final Duration readMargin;

    public CutoffStockFigures(Supplier<StockCutoff> cutoff, ImportedMarketplaceSales sales,
                              Function<Collection<Long>, Map<StockKey, Instant>> changedAt, Duration readMargin) {
        this.cutoff = cutoff;
        this.sales = sales;
        this.changedAt = changedAt;
        this.readMargin = readMargin;
    }

    /**
     * @param live           the valid mapped products of a plan, by store product id
     * @param storeCounts    the store's counts per product and combination, as read (not clamped)
     * @param active         whether each store product is active
     * @param everyReadTime  give the read time of every SKU of the active products (a cut-off move needs them),
     *                       not only of those with imported sales to add
     */
    public Figures apply(Map<String, MappedProduct> live, Map<Long, Map<Long, Integer>> storeCounts,
                         Map<String, Boolean> active, boolean everyReadTime) {
        Optional<Instant> basis = cutoff.get().basis();
        Map<String, MappedProduct> activeProducts = new LinkedHashMap<>();
        live.forEach((storeId, mapped) -> {
            if (Boolean.TRUE.equals(active.get(storeId))) {
                activeProducts.put(storeId, mapped);
            }
        });
        if (basis.isEmpty()) {
            return new Figures(live, Map.of());
        }
        // an inactive product is sent 0 whatever the store holds: its figure needs no count
        Map<String, Instant> countFree = new HashMap<>();
        if (everyReadTime) {
            live.forEach((storeId, mapped) -> {
                if (!activeProducts.containsKey(storeId)) {
                    mapped.variations().forEach(v -> countFree.put(v.sku(), Instant.MAX));
                }
            });
        }
        if (activeProducts.isEmpty()) {
            return new Figures(live, countFree);
        }
        List<String> skus = activeProducts.values().stream().flatMap(p -> p.variations().stream())
                .map(VariationColumns::sku).toList();
        List<ImportedSale> after = sales.registeredAfter(basis.get(), skus);
        if (after.isEmpty() && !everyReadTime) {
            return new Figures(live, Map.of());
        }
        Set<String> sold = after.stream().map(ImportedSale::sku).collect(Collectors.toSet());
        Map<String, Instant> readAt = readTimes(activeProducts.values(), everyReadTime ? null : sold);
        countFree.forEach(readAt::putIfAbsent);
        Map<String, Integer> units = StockFigures.importedUnits(basis.get(), readAt, after);
        Map<String, MappedProduct> figures = new LinkedHashMap<>(live);
        activeProducts.forEach((storeId, mapped) -> {
            if (mapped.variations().stream().anyMatch(v -> units.containsKey(v.sku()))) {
                figures.put(storeId, withFigures(mapped, storeCounts.getOrDefault(mapped.storeProductId(), Map.of()),
                        units));
            }
        });
        return new Figures(figures, readAt);
    }

    /** When the store count of each SKU was read at the latest (of only the {@code wanted} SKUs unless null). */
    private Map<String, Instant> readTimes(Collection<MappedProduct> products, Set<String> wanted) {
        List<Long> productIds = products.stream()
                .filter(p -> wanted == null || p.variations().stream().anyMatch(v -> wanted.contains(v.sku())))
                .map(MappedProduct::storeProductId).toList();
        Map<StockKey, Instant> changed = changedAt.apply(productIds);
        Map<String, Instant> readAt = new HashMap<>();
        for (MappedProduct product : products) {
            for (VariationColumns variation : product.variations()) {
                Instant at = changed.get(new StockKey(product.storeProductId(), variation.combinationId()));
                if (at != null && (wanted == null || wanted.contains(variation.sku()))) {
                    readAt.put(variation.sku(), at.minus(readMargin));
                }
            }
        }
        return readAt;
    }

    private static MappedProduct withFigures(MappedProduct mapped, Map<Long, Integer> counts,
                                             Map<String, Integer> units) {
        List<VariationColumns> variations = new ArrayList<>();
        for (VariationColumns v : mapped.variations()) {
            Integer added = units.get(v.sku());
            if (added == null) {
                variations.add(v);
                continue;
            }
            int figure = StockFigures.figure(counts.getOrDefault(v.combinationId(), 0), added);
            variations.add(new VariationColumns(v.combinationId(), v.sku(), figure, v.color(), v.base(), v.talla(),
                    v.gtin(), v.video(), v.images(), v.bullets(), v.atributos()));
        }
        return new MappedProduct(mapped.storeProductId(), mapped.product(), variations, mapped.prices(), mapped.cuts(),
                mapped.mappingErrors(), mapped.mappingWarnings());
    }
}
