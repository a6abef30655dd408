package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The product poll reads the names products refer to (categories, features, options) only when a page has products:
 * a poll of a store where nothing changed asks for none of them, one with a change asks once.
 */
class ProductPollNamesTest {

    private static final List<String> NAMES = List.of("categories", "product_features", "product_feature_values",
            "product_options", "product_option_values");

    private final SandboxIngestFixture ingest = new SandboxIngestFixture();
    private final StoreSimulator store = ingest.store();
    private final MirrorRepository mirror = ingest.mirror();
    private final ProductIngest products = ingest.products();

    @AfterEach
    void stop() throws InterruptedException {
        ingest.close();
    }

    @Test
    void aPollWithNothingChangedReadsNoNamesAndOneWithAChangeReadsThemOnce() {
        poll();
        Map<String, Long> afterFirst = store.shop().requestCounts();
        NAMES.forEach(name -> assertThat(afterFirst.get(name)).as(name).isEqualTo(1L));

        store.shop().advanceClock(Duration.ofMinutes(10));
        poll();
        Map<String, Long> afterIdle = store.shop().requestCounts();
        assertThat(afterIdle.get("products")).as("the poll ran").isGreaterThan(afterFirst.get("products"));
        NAMES.forEach(name -> assertThat(afterIdle.get(name)).as(name).isEqualTo(1L));

        store.shop().advanceClock(Duration.ofMinutes(10));
        store.shop().editProduct(3, Map.of("name", FieldInput.of("Renamed")));
        poll();
        NAMES.forEach(name -> assertThat(store.shop().requestCounts().get(name)).as(name).isEqualTo(2L));
        assertThat(mirror.payloadOf(ProductIngest.FLOW, "3")).contains("Renamed");
    }

    private void poll() {
        IngestRun<ProductPages.Reading> run = products.start();
        while (run.hasMore()) {
            products.delivered(run, products.next(run));
        }
        products.finish(run);
    }
}
