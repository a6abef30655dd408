package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class SinkLedgerTest {

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    @EngineTest
    void acceptedItemsAreRecordedInOneCall(TestDatabase db) {
        SinkLedger ledger = new SinkLedger(db.dataSource(), clock);

        ledger.recordAccepted("marketsync", List.of(new AcceptedItem("SKU-1", "901", "h1", "{\"a\":1}"),
                new AcceptedItem("SKU-2", null, "h2", "{\"a\":2}")));

        LedgerEntry one = ledger.find("marketsync", "SKU-1").orElseThrow();
        assertThat(one.remoteId()).isEqualTo("901");
        assertThat(one.contentHash()).isEqualTo("h1");
        assertThat(one.lastPayload()).isEqualTo("{\"a\":1}");
        assertThat(one.published()).isFalse();
        assertThat(one.markets()).isEmpty();
        assertThat(one.updatedAt()).isEqualTo(clock.instant());
        assertThat(ledger.find("marketsync", "SKU-2").orElseThrow().remoteId()).isNull();
        assertThat(ledger.find("erp", "SKU-1")).isEmpty();
    }

    @EngineTest
    void aLaterAcceptanceWithoutRemoteIdKeepsTheKnownOne(TestDatabase db) {
        SinkLedger ledger = new SinkLedger(db.dataSource(), clock);
        ledger.recordRemoteIds("marketsync", Map.of("SKU-1", "901"));
        ledger.recordPublication("marketsync", "SKU-1", true, List.of("amazon", "ebay"));

        ledger.recordAccepted("marketsync", List.of(new AcceptedItem("SKU-1", null, "h2", "{\"v\":2}")));

        LedgerEntry entry = ledger.find("marketsync", "SKU-1").orElseThrow();
        assertThat(entry.remoteId()).isEqualTo("901");
        assertThat(entry.contentHash()).isEqualTo("h2");
        assertThat(entry.published()).isTrue();
        assertThat(entry.markets()).containsExactly("amazon", "ebay");
    }

    @EngineTest
    void onlyKeysWithAnotherHashAreToBeSent(TestDatabase db) {
        SinkLedger ledger = new SinkLedger(db.dataSource(), clock);
        ledger.recordAccepted("marketsync", List.of(new AcceptedItem("SKU-1", "1", "h1", "{}"),
                new AcceptedItem("SKU-2", "2", "h2", "{}")));
        ledger.recordRemoteIds("marketsync", Map.of("SKU-4", "4"));
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("SKU-1", "h1");
        hashes.put("SKU-2", "changed");
        hashes.put("SKU-3", "new");
        hashes.put("SKU-4", "h4");

        assertThat(ledger.changedKeys("marketsync", hashes)).containsExactly("SKU-2", "SKU-3", "SKU-4");
        assertThat(ledger.changedKeys("erp", Map.of("SKU-1", "h1"))).containsExactly("SKU-1");
    }

    @EngineTest
    void entriesAreReadInBulkAndForgotten(TestDatabase db) {
        SinkLedger ledger = new SinkLedger(db.dataSource(), clock);
        ledger.recordAccepted("marketsync", List.of(new AcceptedItem("SKU-1", "1", "h1", "{}"),
                new AcceptedItem("SKU-2", "2", "h2", "{}")));

        assertThat(ledger.find("marketsync", List.of("SKU-1", "SKU-2", "SKU-9")).keySet())
                .containsExactlyInAnyOrder("SKU-1", "SKU-2");
        assertThat(ledger.forget("marketsync", List.of("SKU-1"))).isEqualTo(1);
        assertThat(ledger.find("marketsync", "SKU-1")).isEmpty();
        assertThat(ledger.find("marketsync", "SKU-2")).isPresent();
    }

    @EngineTest
    void withdrawingAPublicationClearsTheMarkets(TestDatabase db) {
        SinkLedger ledger = new SinkLedger(db.dataSource(), clock);
        ledger.recordPublication("marketsync", "SKU-1", true, List.of("amazon"));

        ledger.recordPublication("marketsync", "SKU-1", false, List.of());

        LedgerEntry entry = ledger.find("marketsync", "SKU-1").orElseThrow();
        assertThat(entry.published()).isFalse();
        assertThat(entry.markets()).isEmpty();
    }

    @EngineTest
    void entriesAreFoundByWhatTheyBelongTo(TestDatabase db) {
        SinkLedger ledger = new SinkLedger(db.dataSource(), clock);
        ledger.recordAccepted("marketsync.variation", List.of(
                new AcceptedItem("SKU-1-S", "11", "h1", "{}", "SKU-1"),
                new AcceptedItem("SKU-1-M", "12", "h2", "{}", "SKU-1"),
                new AcceptedItem("SKU-2-S", "21", "h3", "{}", "SKU-2")));
        ledger.recordAccepted("marketsync.stock", List.of(new AcceptedItem("SKU-1-S", null, "h4", "{}", "SKU-1")));

        List<LedgerEntry> entries = ledger.findByParent("marketsync.variation", List.of("SKU-1"));

        assertThat(entries).extracting(LedgerEntry::itemKey).containsExactlyInAnyOrder("SKU-1-S", "SKU-1-M");
        assertThat(entries).extracting(LedgerEntry::parentKey).containsOnly("SKU-1");
        assertThat(ledger.findByParent("marketsync.variation", List.of())).isEmpty();
        assertThat(ledger.countWithRemoteId("marketsync.variation")).isEqualTo(3);
        assertThat(ledger.countWithRemoteId("marketsync.stock")).isZero();
    }
}
