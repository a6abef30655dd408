package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockFiguresTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant READ = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theFigureIsTheStoreCountPlusImportedUnitsClampedAfterSumming() {
        assertThat(StockFigures.figure(7, 3)).isEqualTo(10);
        assertThat(StockFigures.figure(-2, 3)).isEqualTo(1);
        assertThat(StockFigures.figure(-5, 3)).isZero();
    }

    @Test
    void onlyImportedSalesRegisteredAfterTheCutoffAndRecordedBeforeTheCountWasReadAreAdded() {
        List<ImportedSale> sales = List.of(
                new ImportedSale("A", 2, C.plusSeconds(1), READ.minusSeconds(60)),   // counted
                new ImportedSale("A", 4, C, READ.minusSeconds(60)),                  // at the cut-off: not deducted
                new ImportedSale("A", 8, C.plusSeconds(5), null),                    // not in the store
                new ImportedSale("A", 16, C.plusSeconds(5), READ.plusSeconds(1)),    // recorded after the read
                new ImportedSale("B", 1, C.plusSeconds(9), READ),                    // recorded at the read
                new ImportedSale("Z", 5, C.plusSeconds(9), READ));                   // no count read: nothing

        Map<String, Integer> units = StockFigures.importedUnits(C, Map.of("A", READ, "B", READ), sales);

        assertThat(units).containsExactlyInAnyOrderEntriesOf(Map.of("A", 2, "B", 1));
    }
}
