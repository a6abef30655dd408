package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.products.MappedTemplate;
import io.cloudsync.hub.erp.products.ProductsRun;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hub with Tryton as a second product sink, next to MarketSync: a sandbox catalogue of 500 products reaches
 * Tryton with every variant exactly once, and the same catalogue handed over again sends nothing. A SKU is one variant: a product whose reference a product with a lower
 * store id also has is held back (dead-lettered), and a variation without SKU never reaches Tryton.
 */
class ErpProductsSyncTest {

    private static final Duration SYNC = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    @TempDir
    Path dir;

    @Test
    void aCatalogueOf500ProductsReachesTrytonWithEveryVariantExactlyOnce() throws Exception {
        TrytonDatabase tryton = TrytonServer.shared().newDatabase();
        Map<String, String> keys = new HashMap<>(tryton.hubProperties());
        keys.put("hub.sinks.products", "direct:marketsync,direct:erp-tryton-products");
        try (SyncHarness harness = SyncHarness.start(dir, 500, keys)) {
            MirrorRepository mirror = harness.bean("mirrorRepository", MirrorRepository.class);
            SyncHarness.await(SYNC, "the catalogue mirrored",
                    () -> mirror.countLive("products") == harness.shop().data().products.all().size());
            Set<String> expected = expectedSkus(mirror);
            assertThat(expected).hasSizeGreaterThan(1000);

            SyncHarness.await(SYNC, "every variant in Tryton", () -> codesInTryton(tryton).keySet()
                    .containsAll(expected));

            Map<String, Integer> codes = codesInTryton(tryton);
            assertThat(codes.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(codes).allSatisfy((code, count) -> assertThat(count).as(code).isEqualTo(1));

            ProductsRun again = harness.hub().main().getCamelContext().createProducerTemplate().requestBody(
                    "direct:erp-tryton-products", new ChangeSet(0, "products", List.copyOf(
                            mirror.liveStoreIds("products"))), ProductsRun.class);
            assertThat(again.sentCalls()).as("the whole catalogue again: nothing differs, nothing is sent").isEmpty();
            assertThat(codesInTryton(tryton)).isEqualTo(codes);
        }
    }

    /** The SKUs of every live product, but those of a product whose reference a lower store id holds too. */
    private static Set<String> expectedSkus(MirrorRepository mirror) {
        Map<String, MirrorRecord> records = new TreeMap<>(mirror.find("products", mirror.liveStoreIds("products")));
        Map<String, Long> owner = new HashMap<>();
        records.values().forEach(record -> owner.merge(reference(record), Long.parseLong(record.storeId()), Math::min));
        Set<String> skus = new HashSet<>();
        for (MirrorRecord record : records.values()) {
            if (reference(record).isEmpty() || owner.get(reference(record)) == Long.parseLong(record.storeId())) {
                skus.addAll(MappedTemplate.of(record.storeId(), parse(record.payload())).skus());
            }
        }
        return skus;
    }

    private static String reference(MirrorRecord record) {
        return record.sku() == null ? "" : record.sku();
    }

    /** How many variants (inactive ones too) Tryton has per code. */
    private static Map<String, Integer> codesInTryton(TrytonDatabase tryton) {
        JsonNode variants = tryton.call("model.product.product.search_read", List.of(), 0, null, null,
                List.of("code"), Map.of("active_test", false));
        Map<String, Integer> codes = new HashMap<>();
        variants.forEach(variant -> codes.merge(variant.path("code").asText(), 1, Integer::sum));
        return codes;
    }

    private static Product parse(String payload) {
        try {
            return JSON.readValue(payload, Product.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
