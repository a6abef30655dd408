package io.cloudsync.hub.erp.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import io.cloudsync.hub.erp.tryton.TrytonException;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.testing.RouteFiles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * routes/erp-tryton-products.camel.yaml when Tryton cannot answer the look-up (direct:erp-tryton-call has retried
 * already): every product of the set is a dead letter of its own, and the set is not retried on top.
 */
class TrytonUnavailableRouteTest extends CamelTestSupport {

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final DeadLetterRepository letters = new DeadLetterRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RouteFiles.load(context, Map.of("hub.retry.max-attempts", "2", "hub.retry.initial-delay", "1"),
                "routes/error-handling.camel.yaml", "routes/erp-tryton-products.camel.yaml");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:erp-tryton-call").routeId("tryton-down").routeConfigurationId("erp-tryton-send")
                        .process(exchange -> {
                            calls.incrementAndGet();
                            throw new TrytonException(TrytonException.Kind.UNAVAILABLE,
                                    "model.product.product.search_read: Tryton answered 503");
                        });
            }
        });
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        TrytonSettings settings = TrytonSettings.from(HubProperties.of(Map.of()));
        TrytonReferences references = new TrytonReferences(call -> {
            throw new TrytonException(TrytonException.Kind.UNAVAILABLE, call + ": Tryton answered 503");
        }, settings);
        registry.bind("erpTrytonProducts", new TrytonProductSink(mirror, letters, references, call -> {
            throw new TrytonException(TrytonException.Kind.UNAVAILABLE, call + ": Tryton answered 503");
        }, 100, new ObjectMapper()));
        registry.bind("changeSetRepository", MemoryIdempotentRepository.memoryIdempotentRepository());
        registry.bind("deadLetterStore", new DeadLetterStore(letters));
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(2));
    }

    @Test
    void everyProductOfASetTrytonCouldNotBeAskedAboutIsADeadLetterOfItsOwn() throws Exception {
        ObjectMapper json = CanonicalJson.mapper();
        mirror.upsertPage("products", List.of(
                MirrorUpsert.of("12", "TS", json.writeValueAsString(StoreProducts.tshirt())),
                MirrorUpsert.of("30", "MUG", json.writeValueAsString(StoreProducts.mug()))));

        Object answer = template.requestBody("direct:erp-tryton-products", new ChangeSet(7, "products",
                List.of("12", "30")));

        assertThat(calls).as("the look-up is sent once: erp-tryton-call did the retrying").hasValue(1);
        assertThat(answer).hasToString("2 products: 0 templates and 0 variants created, 0 templates written,"
                + " 2 dead-lettered");
        List<DeadLetterSummary> dead = letters.list(DeadLetterQuery.any().withSink(TrytonProductSink.SINK));
        assertThat(dead).extracting(DeadLetterSummary::messageKey).containsExactlyInAnyOrder("12", "30");
        assertThat(dead).allSatisfy(letter -> assertThat(letter.errorMessage())
                .contains("Tryton's products could not be looked up", "Tryton answered 503"));
        assertThat(dead).filteredOn(letter -> letter.messageKey().equals("12")).singleElement()
                .satisfies(letter -> assertThat(letter.errorMessage()).startsWith("store product 12 (SKU TS-S,"));
    }
}
