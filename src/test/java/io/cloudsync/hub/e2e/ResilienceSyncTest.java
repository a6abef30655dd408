package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.sink.InvalidProductException;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.sandbox.faults.FaultRule;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import io.cloudsync.hub.logging.SecretRedactor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad data, faults on both sides and a daylight-saving change: the hub converges and loses nothing. */
class ResilienceSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void anInvalidProductIsDeadLetteredWithItsReasonsAndDeliveredOnceTheStoreFixesIt() throws Exception {
        try (SyncHarness harness = SyncHarness.start(dir, 120, Map.of())) {
            var bad = harness.shop().data().products.all().stream()
                    .filter(p -> p.reference().length() > 0 && p.reference().length() < 5).findFirst().orElseThrow();
            DeadLetterRepository letters = deadLetters(harness);

            String key = "store product " + bad.id();
            SyncHarness.await(SYNC, "a dead letter for " + bad.reference(), () -> letterFor(letters, key).isPresent());
            DeadLetter letter = letters.find(letterFor(letters, key).orElseThrow().id()).orElseThrow();
            assertThat(letter.errorClass()).isEqualTo(InvalidProductException.class.getName());
            assertThat(letter.errorMessage()).contains("sku").contains("'" + bad.reference() + "'")
                    .contains("5 to 18");
            assertThat(letter.sink()).isEqualTo("marketsync");
            assertThat(letter.body()).contains("\"storeIds\":[\"" + bad.id() + "\"]");
            assertThat(harness.marketSync().product(bad.reference())).isEmpty();

            String fixed = bad.reference() + "-FIXED";
            harness.shop().editProduct(bad.id(), Map.of("reference", FieldInput.of(fixed)));

            SyncHarness.await(SYNC, "the fixed product in MarketSync", () -> harness.marketSync().product(fixed)
                    .isPresent());
            SyncHarness.await(SYNC, "its dead letter resolved", () -> letters.find(letter.id()).orElseThrow()
                    .status() == DeadLetterStatus.RESOLVED);
        }
    }

    @Test
    void storeErrorsAndMarketSyncThrottlingConvergeWithNothingLostAndNothingCreatedTwice() throws Exception {
        // prepared, not started: a hub started before the faults may deliver everything while it stops
        try (SyncHarness harness = SyncHarness.prepare(dir, 120, Map.of("hub.poll.reconcile", "5s",
                "hub.ingest.page-size", "20"))) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            harness.sandbox().store().faults().set("*", new FaultRule(0, 0.3, 503, 0, 1, 0, 0, false));
            harness.sandbox().marketSync().faults().set("*", new FaultRule(0, 0.1, 502, 0.3, 1, 0, 0, false));
            harness.startHub();

            SyncHarness.await(SYNC, "every product delivered despite the faults",
                    () -> CatalogueSyncTest.mismatches(harness, expected).isEmpty());
            harness.sandbox().store().faults().clearAll();
            harness.sandbox().marketSync().faults().clearAll();

            assertThat(harness.marketSyncSkus()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            List<String> created = harness.requestsSince(0).stream()
                    .filter(r -> r.verb().equals("POST") && r.path().equals("productos") && r.status() == 200)
                    .flatMap(r -> r.skus().stream()).toList();
            assertThat(created).doesNotHaveDuplicates().containsAll(expected.keySet());
            assertThat(harness.sandbox().store().faults().injectedCounts()).containsKey("5xx");
            assertThat(harness.sandbox().marketSync().faults().injectedCounts()).containsKey("429");
        }
    }

    @Test
    void theCircuitOpensWhileMarketSyncFailsAndClosesWhenItRecovers() throws Exception {
        // The circuit stays open longer than the longest retry delay, so a retry comes while it is open: change sets
        // are delivered one at a time, and a lone call retried every second would otherwise always find it half open.
        try (SyncHarness harness = SyncHarness.prepare(dir, 60, Map.of("hub.marketsync.circuit-open-seconds", "3",
                "hub.retry.max-attempts", "20", "hub.retry.max-delay", "1000"))) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            harness.sandbox().marketSync().faults().set("productos", FaultRule.failing());
            harness.startHub();
            var breaker = ((org.apache.camel.component.resilience4j.ResilienceProcessor) harness.hub().main()
                    .getCamelContext().getProcessor("marketsync-breaker")).getCircuitBreaker();
            java.util.concurrent.atomic.AtomicInteger heldBack = new java.util.concurrent.atomic.AtomicInteger();
            breaker.getEventPublisher().onCallNotPermitted(event -> heldBack.incrementAndGet());

            SyncHarness.await(SYNC, "the circuit open", () -> breaker.getState()
                    == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
            long callsWhileOpen = harness.sandbox().marketSync().requests().lastSequence();
            harness.sandbox().marketSync().faults().clearAll();

            SyncHarness.await(SYNC, "every product delivered after the outage",
                    () -> CatalogueSyncTest.mismatches(harness, expected).isEmpty());
            assertThat(breaker.getState()).as("calls let through again (closed, or half open until enough succeed)")
                    .isIn(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED,
                            io.github.resilience4j.circuitbreaker.CircuitBreaker.State.HALF_OPEN);
            assertThat(callsWhileOpen).as("calls reached the failing MarketSync before the circuit opened").isPositive();
            assertThat(heldBack).as("calls the open circuit held back").hasPositiveValue();
        }
    }

    @Test
    void aShopSixHoursBehindUtcLosesNothingWhenItsClocksFallBack() throws Exception {
        StoreSandboxSettings store = StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0)
                .withProducts(40).withActivityPerMinute(0).withCustomersAndOrders(5, 5)
                .withTimezone("America/Chicago");
        MarketSyncSandboxSettings marketSync = MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0);
        // the shop lives at 01:40 CDT, twenty minutes before its clocks go back to 01:00 CST
        try (SyncHarness harness = SyncHarness.start(dir, store, marketSync, Instant.parse("2026-11-01T06:40:00Z"),
                Map.of())) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            var first = harness.shop().data().products.all().stream()
                    .filter(p -> expected.containsKey(p.reference())).toList();
            SyncHarness.await(SYNC, "the initial sync", () -> harness.marketSync().productCount() >= first.size());
            var before = first.get(0);
            harness.shop().editProduct(before.id(), Map.of("name", FieldInput.of("Antes del cambio de hora")));
            SyncHarness.await(SYNC, "the edit before the change", () -> name(harness, before.reference())
                    .equals("Antes del cambio de hora"));
            Thread.sleep(1500);

            // 01:15 CST: an hour the shop lives twice; its dates are now earlier than the checkpoint's
            harness.shop().setClock(Instant.parse("2026-11-01T07:15:00Z"));
            assertThat(harness.shop().localNow()).isBefore(LocalDateTime.parse("2026-11-01T01:20:00"));
            var after = first.get(1);
            harness.shop().editProduct(after.id(), Map.of("name", FieldInput.of("Después del cambio de hora")));

            SyncHarness.await(SYNC, "the edit made in the repeated hour", () -> name(harness, after.reference())
                    .equals("Después del cambio de hora"));
        }
    }

    private static String name(SyncHarness harness, String sku) {
        return harness.marketSync().product(sku).map(p -> p.columns().text(ProductColumn.NOMBRE)).orElse("");
    }

    private static Optional<DeadLetterSummary> letterFor(DeadLetterRepository letters, String key) {
        return letters.list(DeadLetterQuery.any().withSink("marketsync")).stream()
                .filter(l -> key.equals(l.messageKey())).findFirst();
    }

    private static DeadLetterRepository deadLetters(SyncHarness harness) {
        DataSource dataSource = harness.hub().wiring().platform().dataSource();
        return new DeadLetterRepository(dataSource, SecretRedactor.forConfiguration(Map.of()));
    }
}
