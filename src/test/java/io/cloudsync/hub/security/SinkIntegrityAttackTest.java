package io.cloudsync.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.e2e.SyncHarness;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.ingest.PoisonRecords;
import io.cloudsync.hub.sandbox.faults.FaultRule;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import io.cloudsync.hub.store.MalformedAnswerException;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, findings 12 and 13: what the sinks and the ingest do when the other side misbehaves. A lax MarketSync
 * (it takes a SKU it already holds) that loses its answers after committing must not get a product twice; a
 * store record whose JSON is broken in every answer must not stop its flow.
 */
@ExtendWith(Attacks.class)
class SinkIntegrityAttackTest {

    private static final Duration SYNC = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aLaxMarketSyncLosingAnswersAfterCommittingGetsEverySkuExactlyOnce() throws Exception {
        // small batches: several creates in flight, each a batch; enough retries that no call runs out of them
        try (SyncHarness harness = SyncHarness.prepare(dir, 60, Map.of("hub.marketsync.batch-size", "7",
                "hub.retry.max-attempts", "12", "hub.retry.max-delay", "500",
                "hub.marketsync.circuit-failure-rate", "100"))) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            String sandbox = harness.sandbox().marketSync().url();
            put(sandbox + "/_sandbox/settings", "{\"acceptDuplicateSkus\":true}");
            harness.sandbox().marketSync().faults().set("productos", FaultRule.lostAfterCommit(0.4));
            harness.startHub();

            SyncHarness.await(SYNC, "every product delivered, or a SKU created twice",
                    () -> delivered(harness, expected) || !duplicates(sandbox).isEmpty());
            harness.sandbox().marketSync().faults().clearAll();

            JsonNode duplicates = duplicates(sandbox);
            List<LoggedRequest> lostCreates = harness.requestsSince(0).stream()
                    .filter(r -> r.verb().equals("POST") && r.path().equals("productos") && r.status() != 200)
                    .toList();
            assertThat(lostCreates).as("creates whose answer was lost after the commit").isNotEmpty();
            Attacks.refused("12", "a lax MarketSync drops the answers of " + lostCreates.size()
                            + " committed creates", duplicates.isEmpty(), "SKUs created twice: " + duplicates);
            assertThat(delivered(harness, expected)).as("every product delivered").isTrue();
        }
    }

    @Test
    void aStoreRecordThatSpoilsEveryAnswerIsSetAsideAndTheFlowGoesOn() throws Exception {
        try (SyncHarness harness = SyncHarness.prepare(dir, 40, Map.of("hub.ingest.page-size", "8",
                "hub.retry.max-attempts", "2", "hub.retry.max-delay", "200"))) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            var shared = harness.sharedReferences();
            var products = harness.shop().data().products.all().stream()
                    .filter(p -> expected.containsKey(p.reference()) && !shared.contains(p.reference())).toList();
            var poisoned = products.get(products.size() / 2);
            harness.sandbox().store().faults().set("products", FaultRule.poisoned(List.of((long) poisoned.id())));
            harness.startHub();
            CheckpointRepository checkpoints = harness.bean("checkpointRepository", CheckpointRepository.class);
            DeadLetterRepository letters = harness.bean("deadLetterRepository", DeadLetterRepository.class);
            String key = PoisonRecords.key("products", poisoned.id());

            SyncHarness.await(SYNC, "the products window completed, or the run failed", () -> checkpoints
                    .find("products").map(c -> c.syncedUntil() != null || c.lastError() != null).orElse(false));
            var checkpoint = checkpoints.find("products").orElseThrow();
            Attacks.refused("13", "store product " + poisoned.id() + " spoils every answer that holds it",
                    checkpoint.syncedUntil() != null && letterFor(letters, key).isPresent(),
                    "checkpoint " + checkpoint + ", dead letters " + letters.list(DeadLetterQuery.any()));

            DeadLetter letter = letters.find(letterFor(letters, key).orElseThrow().id()).orElseThrow();
            assertThat(letter.errorClass()).isEqualTo(MalformedAnswerException.class.getName());
            assertThat(letter.errorMessage()).contains("store record " + poisoned.id())
                    .contains("Raw answer:").contains("broken");
            assertThat(letter.body()).isEqualTo("{\"flow\":\"products\",\"ids\":[" + poisoned.id() + "]}");
            SyncHarness.await(SYNC, "every other product delivered", () -> expected.values().stream()
                    .filter(m -> !m.sku().equals(poisoned.reference())).allMatch(m -> harness.marketSync()
                            .product(m.sku()).map(p -> p.variations().size() == m.variations().size()).orElse(false)));
            assertThat(harness.marketSync().product(poisoned.reference())).isEmpty();

            harness.sandbox().store().faults().clearAll();
            letters.requestReplay(List.of(letter.id()));
            SyncHarness.await(SYNC, "the replayed product in MarketSync",
                    () -> harness.marketSync().product(poisoned.reference()).isPresent());
            assertThat(letters.find(letter.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.RESOLVED);
        }
    }

    @Test
    void aStockLineThatSpoilsEveryStockAnswerIsSetAsideOnceAndTheStockOfOthersFlows() throws Exception {
        try (SyncHarness harness = SyncHarness.prepare(dir, 20, Map.of("hub.ingest.page-size", "8",
                "hub.ingest.id-page-size", "8", "hub.retry.max-attempts", "2", "hub.retry.max-delay", "200"))) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            harness.startHub();
            SyncHarness.await(SYNC, "the catalogue delivered", () -> delivered(harness, expected));
            List<Variation> variations = variations(harness);
            Variation poisoned = variations.get(0);
            Variation other = variations.get(variations.size() - 1);
            assertThat(other.stockId()).as("the other line is read after the poisoned one").isGreaterThan(
                    poisoned.stockId() + 8);
            CheckpointRepository checkpoints = harness.bean("checkpointRepository", CheckpointRepository.class);
            DeadLetterRepository letters = harness.bean("deadLetterRepository", DeadLetterRepository.class);
            String key = PoisonRecords.key("stock", poisoned.stockId());

            Instant since = Instant.now();
            harness.sandbox().store().faults().set("stock_availables",
                    FaultRule.poisoned(List.of((long) poisoned.stockId())));
            harness.shop().setStock(other.productId(), other.combinationId(), 4321);
            boolean settled = settles("the other stock delivered and the poisoned line set aside by two runs, or a"
                    + " stock run failed", () -> failedSince(checkpoints, "stock", since)
                    || stockIs(harness, other, 4321) && completedSince(checkpoints, "stock", since)
                    && letterFor(letters, key).map(l -> l.attempts() >= 2).orElse(false));
            List<DeadLetterSummary> storeLetters = letters.list(DeadLetterQuery.any().withSink(PoisonRecords.SINK));
            Attacks.refused("13", "stock line " + poisoned.stockId() + " spoils every stock_availables answer"
                            + " that holds it, poll after poll",
                    settled && !failedSince(checkpoints, "stock", since)
                            && stockIs(harness, other, 4321) && storeLetters.size() == 1
                            && key.equals(storeLetters.get(0).messageKey()),
                    "checkpoint " + checkpoints.find("stock") + ", store letters " + storeLetters);

            DeadLetter letter = letters.find(storeLetters.get(0).id()).orElseThrow();
            assertThat(letter.errorClass()).isEqualTo(MalformedAnswerException.class.getName());
            assertThat(letter.errorMessage()).contains("store record " + poisoned.stockId() + " of stock")
                    .contains("Raw answer:").contains("broken");
            assertThat(letter.body()).isEqualTo("{\"flow\":\"stock\",\"ids\":[" + poisoned.stockId() + "]}");

            // the store is fixed: the next ordinary stock read closes the letter and the line's stock flows again
            harness.sandbox().store().faults().clearAll();
            harness.shop().setStock(poisoned.productId(), poisoned.combinationId(), 777);
            SyncHarness.await(SYNC, "the mended line's stock in MarketSync and its letter resolved",
                    () -> stockIs(harness, poisoned, 777)
                            && letters.find(letter.id()).orElseThrow().status() == DeadLetterStatus.RESOLVED);
        }
    }

    @Test
    void aProductThatSpoilsEveryAnswerWhenTheStockPollRereadsItIsSetAsideAndTheStockOfOthersFlows() throws Exception {
        // one stock page: the new combination's line is not alone on a page (see StockIngest.isFirstPass)
        try (SyncHarness harness = SyncHarness.prepare(dir, 20, Map.of("hub.ingest.page-size", "8",
                "hub.retry.max-attempts", "2", "hub.retry.max-delay", "200"))) {
            Map<String, MappedProduct> expected = harness.expectedCatalogue();
            harness.startHub();
            SyncHarness.await(SYNC, "the catalogue delivered", () -> delivered(harness, expected));
            List<Variation> variations = variations(harness);
            Variation poisoned = variations.get(0);
            Variation other = variations.stream().filter(v -> v.productId() != poisoned.productId())
                    .reduce((first, second) -> second).orElseThrow();
            CheckpointRepository checkpoints = harness.bean("checkpointRepository", CheckpointRepository.class);
            DeadLetterRepository letters = harness.bean("deadLetterRepository", DeadLetterRepository.class);
            String key = PoisonRecords.key("products", poisoned.productId());
            String newSku = poisoned.productSku() + "-NEW";

            Instant since = Instant.now();
            harness.sandbox().store().faults().set("products",
                    FaultRule.poisoned(List.of((long) poisoned.productId())));
            addCombination(harness, poisoned.productId(), newSku);
            harness.shop().setStock(other.productId(), other.combinationId(), 4321);
            boolean settled = settles("the other stock delivered and the re-read product set aside, or a stock run"
                    + " failed", () -> failedSince(checkpoints, "stock", since)
                    || stockIs(harness, other, 4321) && completedSince(checkpoints, "stock", since)
                    && letterFor(letters, key).isPresent());
            List<DeadLetterSummary> storeLetters = letters.list(DeadLetterQuery.any().withSink(PoisonRecords.SINK));
            Attacks.refused("13", "store product " + poisoned.productId() + " spoils every answer when the stock"
                            + " poll re-reads it for a new combination",
                    settled && !failedSince(checkpoints, "stock", since)
                            && stockIs(harness, other, 4321) && storeLetters.size() == 1
                            && key.equals(storeLetters.get(0).messageKey()),
                    "checkpoint " + checkpoints.find("stock") + ", store letters " + storeLetters);
            DeadLetter letter = letters.find(storeLetters.get(0).id()).orElseThrow();
            assertThat(letter.body()).isEqualTo("{\"flow\":\"products\",\"ids\":[" + poisoned.productId()
                    + "]}");
            assertThat(letter.errorMessage()).contains("Raw answer:").contains("broken");

            harness.sandbox().store().faults().clearAll();
            letters.requestReplay(List.of(letter.id()));
            SyncHarness.await(SYNC, "the replayed product's new variation in MarketSync", () -> harness.marketSync()
                    .product(poisoned.productSku()).flatMap(p -> p.variation(newSku)).isPresent());
            assertThat(letters.find(letter.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.RESOLVED);
        }
    }

    /** Whether the condition came true in time (a hub that never gets there is an attack not refused). */
    private static boolean settles(String what, java.util.function.BooleanSupplier condition) {
        try {
            SyncHarness.await(SYNC, what, condition);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    /** A delivered variation of a store product: its SKUs, its combination and its stock line. */
    private record Variation(int productId, String productSku, int combinationId, String sku, int stockId) {
    }

    /** The delivered variations of products with several, one per product, in stock line order. */
    private static List<Variation> variations(SyncHarness harness) {
        var shared = harness.sharedReferences();
        return harness.shop().data().products.all().stream()
                .filter(p -> !shared.contains(p.reference()))
                .flatMap(p -> harness.marketSync().product(p.reference()).filter(m -> m.variations().size() > 1)
                        .stream().flatMap(m -> harness.shop().data().combinations.all().stream()
                                .filter(c -> c.productId() == p.id() && m.variation(c.reference()).isPresent())
                                .limit(1)
                                .map(c -> new Variation(p.id(), p.reference(), c.id(), c.reference(),
                                        harness.shop().data().stockOf(p.id(), c.id()).id()))))
                .sorted(java.util.Comparator.comparingInt(Variation::stockId)).toList();
    }

    private static boolean stockIs(SyncHarness harness, Variation variation, int stock) {
        return harness.marketSync().product(variation.productSku()).flatMap(p -> p.variation(variation.sku()))
                .map(v -> v.stock() == stock).orElse(false);
    }

    private static boolean completedSince(CheckpointRepository checkpoints, String flow, Instant since) {
        return checkpoints.find(flow).map(c -> c.lastSuccessAt() != null && c.lastSuccessAt().isAfter(since))
                .orElse(false);
    }

    private static boolean failedSince(CheckpointRepository checkpoints, String flow, Instant since) {
        return checkpoints.find(flow).map(c -> c.lastErrorAt() != null && c.lastErrorAt().isAfter(since))
                .orElse(false);
    }

    /** A combination the product did not have (another colour), added without touching the product's date. */
    private static void addCombination(SyncHarness harness, int productId, String sku) {
        var existing = harness.shop().data().combinations.all().stream().filter(c -> c.productId() == productId)
                .toList();
        var colours = harness.shop().data().optionValues.all().stream().filter(v -> v.groupId() == 2).toList();
        int[] values = existing.get(0).optionValueIds().clone();
        for (int i = 0; i < values.length; i++) {
            int current = values[i];
            if (colours.stream().anyMatch(c -> c.id() == current)) {
                values[i] = colours.stream().mapToInt(c -> c.id()).filter(id -> existing.stream()
                        .noneMatch(e -> java.util.Arrays.stream(e.optionValueIds()).anyMatch(v -> v == id)))
                        .findFirst().orElseThrow();
            }
        }
        harness.shop().addCombination(productId, Map.of("reference", FieldInput.of(sku)), values, 7);
    }

    private static java.util.Optional<DeadLetterSummary> letterFor(DeadLetterRepository letters, String key) {
        return letters.list(DeadLetterQuery.any().withSink(PoisonRecords.SINK)).stream()
                .filter(l -> key.equals(l.messageKey())).findFirst();
    }

    /** Every expected SKU in MarketSync with all its variations. */
    static boolean delivered(SyncHarness harness, Map<String, MappedProduct> expected) {
        return expected.values().stream().allMatch(mapped -> harness.marketSync().product(mapped.sku())
                .map(p -> p.variations().size() == mapped.variations().size()).orElse(false));
    }

    /** The sandbox's inspection API: SKUs held by more than one product, with their ids. */
    static JsonNode duplicates(String sandbox) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox
                    + "/_sandbox/state/duplicate-skus")).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void put(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
