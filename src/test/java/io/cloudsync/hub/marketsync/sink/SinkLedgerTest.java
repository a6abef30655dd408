package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.util.List;

class SinkLedgerTest {

    @EngineTest
    void entriesAreFoundByWhatTheyBelongTo(TestDatabase db) {
        SinkLedger ledger = seeded(db);

        List<LedgerEntry> entries = ledger.findByParent("marketsync.variation", List.of("SKU-1"));

        assertThat(entries).extracting(LedgerEntry::itemKey).containsExactlyInAnyOrder("SKU-1-S", "SKU-1-M");
        assertThat(entries).extracting(LedgerEntry::parentKey).containsOnly("SKU-1");
        assertThat(entries).filteredOn(entry -> entry.itemKey().equals("SKU-1-S")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.sink()).isEqualTo("marketsync.variation");
                    assertThat(entry.remoteId()).isEqualTo("11");
                    assertThat(entry.contentHash()).isEqualTo("h1");
                    assertThat(entry.lastPayload()).isEqualTo("{\"v\":1}");
                    assertThat(entry.published()).isFalse();
                    assertThat(entry.markets()).isEmpty();
                    assertThat(entry.updatedAt()).isNotNull();
                });
        assertThat(ledger.findByParent("marketsync.variation", List.of())).isEmpty();
        assertThat(ledger.findByParent("marketsync.stock", List.of("SKU-2"))).isEmpty();
    }

    @EngineTest
    void onlyItemsWithARemoteIdCountAsDelivered(TestDatabase db) {
        SinkLedger ledger = seeded(db);

        assertThat(ledger.countWithRemoteId("marketsync.variation")).isEqualTo(2);
        assertThat(ledger.countWithRemoteId("marketsync.stock")).isZero();
        assertThat(ledger.countWithRemoteId("marketsync")).isZero();
    }

    /** Variations of two products (SKU-2's without a remote id) and one stock entry of SKU-1. */
    private static SinkLedger seeded(TestDatabase db) {
        new LegacyLedgerRows()
                .add("marketsync.variation", "SKU-1-S", "11", "h1", "{\"v\":1}", "SKU-1")
                .add("marketsync.variation", "SKU-1-M", "12", "h2", "{}", "SKU-1")
                .add("marketsync.variation", "SKU-2-S", null, "h3", "{}", "SKU-2")
                .add("marketsync.stock", "SKU-1-S", null, "h4", "{}", "SKU-1")
                .insertInto(db.dataSource());
        return new SinkLedger(db.dataSource());
    }
}
