package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.ClothingShop;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.marketsync.stock.ImportedMarketplaceSales;
import io.cloudsync.hub.marketsync.stock.ImportedSale;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.mirror.StockKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sink's stock hook: the figures of a plan for MarketSync's stock cut-off. */
class CutoffStockFiguresTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration MARGIN = Duration.ofSeconds(45);

    private final MarketSyncMapper mapper = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue());
    private final Map<Long, Integer> counts = Map.of(101L, 5, 102L, -2, 103L, 2, 104L, 9);
    private final MappedProduct camiseta = mapper.map(ClothingShop.camiseta().build(), clamped(counts));
    private final long productId = camiseta.storeProductId();
    private final List<ImportedSale> sales = new ArrayList<>();

    @Test
    void importedSalesAfterTheCutoffAreAddedToTheStoreCountBeforeItIsClamped() {
        sales.add(new ImportedSale(sku(101), 3, C.plusSeconds(60), CHANGED.minusSeconds(600)));
        sales.add(new ImportedSale(sku(102), 3, C.plusSeconds(60), CHANGED.minusSeconds(600)));
        sales.add(new ImportedSale(sku(103), 7, C.plusSeconds(60), CHANGED.minusSeconds(10)));   // within the margin

        CutoffStockFigures.Figures figures = figures(new StockCutoff(C, null)).apply(Map.of("7", camiseta),
                Map.of(productId, counts), Map.of("7", true), false);

        assertThat(stockBySku(figures.products().get("7"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                sku(101), 8, sku(102), 1, sku(103), 2, sku(104), 9));
        assertThat(figures.countReadAt()).containsEntry(sku(101), CHANGED.minus(MARGIN));
    }

    @Test
    void withoutACutoffOrSalesAfterItTheProductIsSentAsMapped() {
        sales.add(new ImportedSale(sku(101), 3, C.minusSeconds(1), CHANGED.minusSeconds(600)));

        assertThat(figures(StockCutoff.none()).apply(Map.of("7", camiseta), Map.of(productId, counts),
                Map.of("7", true), false).products().get("7")).isSameAs(camiseta);
        assertThat(figures(new StockCutoff(C, null)).apply(Map.of("7", camiseta), Map.of(productId, counts),
                Map.of("7", true), false).products().get("7")).isSameAs(camiseta);
    }

    @Test
    void duringAMoveFiguresAreForThePendingCutoffAndAnInactiveProductKeepsItsZeros() {
        Instant pending = C.plusSeconds(3600);
        sales.add(new ImportedSale(sku(101), 3, C.plusSeconds(60), CHANGED.minusSeconds(600)));
        sales.add(new ImportedSale(sku(104), 1, pending.plusSeconds(1), CHANGED.minusSeconds(600)));

        CutoffStockFigures.Figures moving = figures(new StockCutoff(C, pending)).apply(Map.of("7", camiseta),
                Map.of(productId, counts), Map.of("7", true), true);
        CutoffStockFigures.Figures inactive = figures(new StockCutoff(C, null)).apply(Map.of("7", camiseta),
                Map.of(productId, counts), Map.of("7", false), false);
        CutoffStockFigures.Figures inactiveInAMove = figures(new StockCutoff(C, pending)).apply(Map.of("7", camiseta),
                Map.of(productId, counts), Map.of("7", false), true);

        assertThat(stockBySku(moving.products().get("7"))).containsEntry(sku(101), 5).containsEntry(sku(104), 10);
        assertThat(moving.countReadAt()).as("a move needs every SKU's read time").containsOnlyKeys(
                sku(101), sku(102), sku(103), sku(104));
        assertThat(inactive.products().get("7")).isSameAs(camiseta);
        assertThat(inactiveInAMove.products().get("7")).isSameAs(camiseta);
        assertThat(inactiveInAMove.countReadAt()).as("a zero needs no count").containsEntry(sku(101), Instant.MAX);
    }

    private CutoffStockFigures figures(StockCutoff cutoff) {
        ImportedMarketplaceSales source = new ImportedMarketplaceSales() {
            @Override
            public List<ImportedSale> registeredAfter(Instant after, Collection<String> skus) {
                return sales.stream().filter(s -> s.registeredAfter(after) && skus.contains(s.sku())).toList();
            }

            @Override
            public List<ImportedSale> registeredBetween(Instant from, Instant to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Instant> oldestUnimported() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Instant> knownThrough() {
                throw new UnsupportedOperationException();
            }
        };
        return new CutoffStockFigures(() -> cutoff, source, ids -> {
            Map<StockKey, Instant> times = new HashMap<>();
            if (ids.contains(productId)) {
                counts.keySet().forEach(combination -> times.put(new StockKey(productId, combination), CHANGED));
            }
            return times;
        }, MARGIN);
    }

    private String sku(long combination) {
        return camiseta.variations().stream().filter(v -> v.combinationId() == combination).findFirst()
                .orElseThrow().sku();
    }

    private static Map<String, Integer> stockBySku(MappedProduct product) {
        return product.variations().stream().collect(Collectors.toMap(VariationColumns::sku, VariationColumns::stock));
    }

    private static Map<Long, Integer> clamped(Map<Long, Integer> counts) {
        Map<Long, Integer> clamped = new HashMap<>();
        counts.forEach((k, v) -> clamped.put(k, Math.max(0, v)));
        return clamped;
    }
}
