package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

class MarketplaceOrderImportsTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");

    @EngineTest
    void linesAreRecordedOnceThenImportedThenCancelled(TestDatabase db) {
        MarketplaceOrderImports imports = new MarketplaceOrderImports(db.dataSource(), clock);
        imports.recordSeen(List.of(new OrderLine(135001, 1, 4, C.plusSeconds(10), "SKU-A", 2),
                new OrderLine(135001, 2, 4, C.plusSeconds(10), "SKU-B", 1),
                new OrderLine(135002, 3, 6, C, "SKU-A", 5)));
        imports.recordSeen(List.of(new OrderLine(135001, 1, 4, C.plusSeconds(99), "SKU-A", 9)));

        assertThat(imports.registeredAfter(C, List.of("SKU-A"))).containsExactly(
                new ImportedSale("SKU-A", 2, C.plusSeconds(10), null));
        assertThat(imports.oldestUnimported()).contains(C);

        imports.recordImported(135002, 77);
        clock.advance(Duration.ofMinutes(5));
        imports.recordImported(135001, 78);

        assertThat(imports.registeredAfter(C, List.of("SKU-A", "SKU-B"))).containsExactlyInAnyOrder(
                new ImportedSale("SKU-A", 2, C.plusSeconds(10), clock.instant()),
                new ImportedSale("SKU-B", 1, C.plusSeconds(10), clock.instant()));
        assertThat(imports.registeredBetween(null, C)).containsExactly(
                new ImportedSale("SKU-A", 5, C, clock.instant().minus(Duration.ofMinutes(5))));
        assertThat(imports.registeredBetween(C, C.plusSeconds(10))).hasSize(2);
        assertThat(imports.oldestUnimported()).isEmpty();

        imports.recordCancelled(135001);
        assertThat(imports.registeredAfter(C, List.of("SKU-A", "SKU-B"))).isEmpty();
        assertThat(imports.registeredBetween(C, C.plusSeconds(10))).isEmpty();
    }

    @EngineTest
    void theOrderPollsHorizonIsItsCheckpointInMarketSyncTime(TestDatabase db) throws SQLException {
        MarketplaceOrderImports imports = new MarketplaceOrderImports(db.dataSource(), clock);
        assertThat(imports.knownThrough()).isEmpty();

        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_checkpoint (entity,"
                     + " synced_until, zone_id, status, updated_at) VALUES (?, ?, ?, 'idle', ?)")) {
            insert.setString(1, MarketplaceOrderImports.FLOW);
            insert.setObject(2, LocalDateTime.parse("2026-12-01T03:00:00"));
            insert.setString(3, "America/Mexico_City");
            insert.setObject(4, java.time.OffsetDateTime.parse("2026-12-01T09:00:00Z"));
            insert.executeUpdate();
        }

        assertThat(imports.knownThrough()).contains(Instant.parse("2026-12-01T09:00:00Z"));
    }
}
