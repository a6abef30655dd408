package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CutoffMoveTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant KNOWN = Instant.parse("2026-12-01T12:00:00.750Z");
    private static final Duration MARGIN = Duration.ofMinutes(10);

    @Test
    void theTargetIsTheSettledMarketSyncTimeInWholeSeconds() {
        Optional<Instant> target = CutoffMove.target(new StockCutoff(C, null), KNOWN, Optional.empty(), MARGIN);

        assertThat(target).contains(Instant.parse("2026-12-01T11:50:00Z"));
    }

    @Test
    void theTargetStaysBeforeTheOldestOrderNotInTheStoreYet() {
        Instant oldest = Instant.parse("2026-12-01T09:30:00Z");

        assertThat(CutoffMove.target(new StockCutoff(C, null), KNOWN, Optional.of(oldest), MARGIN))
                .contains(Instant.parse("2026-12-01T09:29:59Z"));
        assertThat(CutoffMove.target(new StockCutoff(C, null), KNOWN, Optional.of(C.plusMillis(400)), MARGIN))
                .as("no later time is safe").isEmpty();
    }

    @Test
    void aMoveUnderWayKeepsItsTargetAndAFirstMoveNeedsOnlyTheOrderHorizon() {
        Instant pending = C.plusSeconds(60);

        assertThat(CutoffMove.target(new StockCutoff(C, pending), KNOWN, Optional.empty(), MARGIN)).contains(pending);
        assertThat(CutoffMove.target(StockCutoff.none(), KNOWN, Optional.empty(), MARGIN)).isPresent();
        assertThat(CutoffMove.target(StockCutoff.none(), null, Optional.empty(), MARGIN)).isEmpty();
    }

    @Test
    void onlySkusWithOrdersBetweenTheTwoCutoffsAreTouched() {
        Instant t = C.plusSeconds(3600);
        List<ImportedSale> sales = List.of(new ImportedSale("AT-C", 1, C, C),
                new ImportedSale("INSIDE", 1, C.plusSeconds(1), C.plusSeconds(2)),
                new ImportedSale("AT-T", 1, t, t), new ImportedSale("AFTER", 1, t.plusSeconds(1), null));

        assertThat(CutoffMove.touchedSkus(C, t, sales)).containsExactly("AT-T", "INSIDE");
        assertThat(CutoffMove.touchedSkus(null, t, sales)).containsExactly("AT-C", "AT-T", "INSIDE");
    }

    @Test
    void theCutoffIsPostedOnlyOnceEveryTouchedSkuWasPushedWithACountReadAfterItsImports() {
        Instant t = C.plusSeconds(3600);
        Instant imported = t.plusSeconds(30);
        List<ImportedSale> sales = List.of(new ImportedSale("A", 2, C.plusSeconds(10), imported),
                new ImportedSale("B", 1, t.plusSeconds(5), null));

        assertThat(CutoffMove.notReady(C, t, Map.of(), sales)).get().asString().contains("A was not pushed");
        assertThat(CutoffMove.notReady(C, t, Map.of("A", imported.minusSeconds(1)), sales)).get().asString()
                .contains("read before an import");
        assertThat(CutoffMove.notReady(C, t, Map.of("A", imported), sales)).isEmpty();
        assertThat(CutoffMove.notReady(C, t, Map.of("A", imported),
                List.of(new ImportedSale("A", 2, C.plusSeconds(10), null)))).get().asString()
                .contains("not in the store yet");
    }
}
