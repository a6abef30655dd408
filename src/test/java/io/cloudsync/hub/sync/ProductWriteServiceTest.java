package io.cloudsync.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.ingest.IngestSettings;
import io.cloudsync.hub.ingest.ProductIngest;
import io.cloudsync.hub.ingest.ProductPages;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.sandbox.faults.FaultRule;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.testing.SandboxStoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PUT /v1/sync/products against the sandbox store: a client reads a product's version from the sync feed, sends
 * changes with it, and gets each item answered: written to the store through the Webservice, a conflict when the
 * store changed since, invalid fields named, unknown products reported.
 */
class ProductWriteServiceTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 20, 42, "Europe/Madrid", List.of("es", "en"), 5, 5, 10, 0),
            Instant.parse("2024-06-15T10:00:00Z"));
    private final StoreSimulator store = sandbox.store();
    private final TestDatabase db = sandbox.db();
    private final StoreClient client = sandbox.client();
    private final StoreProductReader reader = new StoreProductReader(client, sandbox.reads());
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final ProductPages pages = new ProductPages(reader, mirror, new StockSnapshotRepository(db.dataSource()),
            new ImageUrls(store.url(), "large_default", true), "es", JSON);
    private final ProductIngest ingest = new ProductIngest(client, reader, pages, new ChangeOutbox(db.dataSource()),
            new CheckpointRepository(db.dataSource(), SecretRedactor.forConfiguration(Map.of())),
            new IngestSettings(100, 1000, Duration.ofMinutes(5), "es"));
    private final SyncFeed feed = new SyncFeed(mirror, new StockSnapshotRepository(db.dataSource()));
    private final ProductWriteService writes = new ProductWriteService(client, reader, pages, "es");

    @BeforeEach
    void mirrorTheCatalogue() {
        sync();
    }

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
    }

    private void sync() {
        store.shop().advanceClock(Duration.ofSeconds(2));
        var run = ingest.start();
        while (run.hasMore()) {
            ingest.delivered(run, ingest.next(run));
        }
        ingest.finish(run);
    }

    /** The version of a product as a client reads it from the sync feed. */
    private String versionOf(int id) {
        for (JsonNode record : feed.page("products", Map.of("limit", "1000")).json().path("products")) {
            if (record.path("id").asInt() == id) {
                return record.path("version").asText();
            }
        }
        throw new AssertionError("product " + id + " is not in the feed");
    }

    private ProductWriteService.Result put(String body) throws Exception {
        return writes.write(JSON.readTree(body));
    }

    private Product shopProduct(int id) {
        return store.shop().product(id).orElseThrow();
    }

    private String name(int id, String iso) {
        return shopProduct(id).texts().get(ProductTextField.NAME, store.shop().data().languages.byIso(iso));
    }

    @Test
    void anUpdateWithTheCurrentVersionIsWrittenToTheStoreAndOnlyWhatItNames() throws Exception {
        String version = versionOf(3);
        String english = name(3, "en");
        String reference = shopProduct(3).reference();

        ProductWriteService.Result result = put("{\"products\":[{\"id\":3,\"version\":\"" + version + "\","
                + "\"name\":\"Camiseta & co nueva\",\"price\":\"12.5\",\"active\":false}]}");

        assertThat(result.success()).isTrue();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.results()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(3L);
            assertThat(item.status()).isEqualTo("updated");
            assertThat(item.message()).contains("price", "active", "name");
            assertThat(item.version()).isNotEqualTo(version);
        });
        assertThat(name(3, "es")).isEqualTo("Camiseta & co nueva");
        assertThat(name(3, "en")).as("the other language is untouched").isEqualTo(english);
        assertThat(shopProduct(3).priceMicros()).isEqualTo(Micros.of("12.5"));
        assertThat(shopProduct(3).active()).isFalse();
        assertThat(shopProduct(3).reference()).as("fields not sent are kept").isEqualTo(reference);

        sync();
        assertThat(versionOf(3)).as("the version answered is the one the feed shows after the next poll")
                .isEqualTo(result.results().get(0).version());
    }

    @Test
    void aProductChangedInTheStoreSinceItsVersionIsAConflictAndNotOverwritten() throws Exception {
        String version = versionOf(4);
        store.shop().editProduct(4, Map.of("price", FieldInput.of("99")));

        ProductWriteService.Result result = put("{\"products\":[{\"id\":4,\"version\":\"" + version
                + "\",\"price\":1}]}");

        assertThat(result.success()).isFalse();
        assertThat(result.results()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo("conflict");
            assertThat(item.message()).contains("changed in the store since version " + version);
        });
        assertThat(shopProduct(4).priceMicros()).isEqualTo(Micros.of("99"));
    }

    @Test
    void invalidItemsAreNamedAndTheOthersStillApplied() throws Exception {
        ProductWriteService.Result result = put("{\"products\":["
                + "{\"id\":5,\"colour\":\"red\"},"
                + "{\"id\":6,\"price\":\"cheap\"},"
                + "{\"id\":7,\"name\":\"a <b>\"},"
                + "{\"price\":3},"
                + "{\"id\":8,\"reference\":\"REF-8\"},"
                + "{\"id\":8,\"reference\":\"REF-8b\"},"
                + "{\"id\":9999,\"active\":true}]}");

        assertThat(result.success()).isFalse();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.results()).extracting(ProductWriteService.ItemResult::id,
                ProductWriteService.ItemResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "invalid"), org.assertj.core.groups.Tuple.tuple(6L, "invalid"),
                org.assertj.core.groups.Tuple.tuple(7L, "invalid"), org.assertj.core.groups.Tuple.tuple(null, "invalid"),
                org.assertj.core.groups.Tuple.tuple(8L, "updated"), org.assertj.core.groups.Tuple.tuple(8L, "invalid"),
                org.assertj.core.groups.Tuple.tuple(9999L, "not_found"));
        assertThat(result.results().get(0).message()).contains("'colour' cannot be written", "price", "quantity");
        assertThat(result.results().get(1).message()).contains("price must be a number from 0");
        assertThat(result.results().get(2).message()).contains("name cannot hold the character '<'");
        assertThat(result.results().get(3).message()).contains("needs the product's id");
        assertThat(result.results().get(5).message()).contains("more than once");
        assertThat(shopProduct(8).reference()).isEqualTo("REF-8");
    }

    @Test
    void aNumberOutOfItsFieldsRangeRefusesTheWholeRequestNamingTheFieldAndWritesNothing() throws Exception {
        String reference = shopProduct(8).reference();
        for (String[] attack : new String[][] {
                {"{\"id\":8,\"reference\":\"REF-9\"},{\"id\":3,\"quantity\":18446744073709551656}", "products[1].quantity"},
                {"{\"id\":8,\"reference\":\"REF-9\"},{\"id\":18446744073709553357,\"price\":1}", "products[1].id"},
                {"{\"id\":8,\"reference\":\"REF-9\"},{\"id\":3,\"price\":-1}", "products[1].price"},
                {"{\"id\":8,\"reference\":\"REF-9\"},{\"id\":3,\"price\":1e400}", "products[1].price"}}) {
            assertThatThrownBy(() -> put("{\"products\":[" + attack[0] + "]}")).as(attack[0])
                    .isInstanceOf(io.cloudsync.hub.params.InvalidParameterException.class)
                    .satisfies(e -> assertThat(((io.cloudsync.hub.params.InvalidParameterException) e).parameter())
                            .isEqualTo(attack[1]));
        }
        assertThat(shopProduct(8).reference()).as("the valid item of a refused request is not written")
                .isEqualTo(reference);
    }

    @Test
    void stockIsWrittenToTheProductOrToTheNamedCombination() throws Exception {
        int plain = store.shop().createProduct(Map.of("name", FieldInput.of("Gorra"), "price", FieldInput.of("10"),
                "reference", FieldInput.of("GORRA-1")), 0, 3).id();
        int withCombinations = store.shop().data().products.all().stream()
                .filter(p -> store.shop().data().combinationsOfProduct.of(p.id()).length > 1).findFirst()
                .orElseThrow().id();
        int combination = store.shop().data().combinationsOfProduct.of(withCombinations)[1];

        ProductWriteService.Result result = put("{\"products\":[{\"id\":" + plain + ",\"quantity\":41},"
                + "{\"id\":" + withCombinations + ",\"quantity\":5},"
                + "{\"id\":99999,\"quantity\":5},"
                + "{\"id\":" + withCombinations + ",\"combination_id\":" + combination + ",\"quantity\":17}]}");

        assertThat(result.results()).extracting(ProductWriteService.ItemResult::status)
                .containsExactly("updated", "invalid", "not_found", "invalid");
        assertThat(result.results().get(1).message()).contains("has combinations", "give combination_id");
        assertThat(store.shop().data().stockOf(plain, 0).quantity()).isEqualTo(41);

        ProductWriteService.Result second = put("{\"products\":[{\"id\":" + withCombinations
                + ",\"combination_id\":" + combination + ",\"quantity\":17}]}");
        assertThat(second.results()).singleElement().satisfies(item -> assertThat(item.status()).isEqualTo("updated"));
        assertThat(store.shop().data().stockOf(withCombinations, combination).quantity()).isEqualTo(17);
    }

    @Test
    void aStoreThatFailsIsAnErrorToRetryNotASilentLoss() throws Exception {
        store.faults().set("products", FaultRule.failing());

        ProductWriteService.Result result = put("{\"products\":[{\"id\":3,\"price\":7}]}");

        assertThat(result.success()).isFalse();
        assertThat(result.results()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo("error");
            assertThat(item.message()).contains("HTTP 500").doesNotContain(StoreSandboxSettings.SANDBOX_KEY);
        });
    }

    @Test
    void aBodyThatIsNotAListOfProductsIsABadParameter() {
        assertThatThrownBy(() -> put("{\"items\":[]}")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("products"));
        StringBuilder many = new StringBuilder("{\"products\":[");
        for (int i = 1; i <= 1001; i++) {
            many.append(i > 1 ? "," : "").append("{\"id\":").append(i).append(",\"active\":true}");
        }
        assertThatThrownBy(() -> put(many.append("]}").toString())).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at most 1000");
    }
}
