package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.testing.RouteFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real routes/error-handling.camel.yaml, with a test route (outside the app package) that fails. */
class ErrorHandlingRouteTest extends CamelTestSupport {

    private static final String STORE_KEY = "0123456789ABCDEF0123456789ABCDEF";
    private static final String BODY = "{\"sku\":\"SKU-1\",\"name\":\"Camiseta\"}";

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final DeadLetterRepository deadLetters = new DeadLetterRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of("hub.store.api-key", STORE_KEY)));
    private final AtomicInteger deliveries = new AtomicInteger();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Loaded before the test route is added, so that its route configuration applies to that route too.
        RouteFiles.load(context, Map.of("hub.retry.max-attempts", "2", "hub.retry.initial-delay", "10",
                "hub.retry.max-delay", "50"), "routes/error-handling.camel.yaml");
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("deadLetterStore", new DeadLetterStore(deadLetters));
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(2));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:failing-sink").routeId("test-failing-sink")
                        .setBody(constant("changed on the way"))
                        .process(exchange -> {
                            deliveries.incrementAndGet();
                            throw new IOException("HTTP 500 calling http://shop/api/products?ws_key=" + STORE_KEY,
                                    new IllegalStateException("Authorization: Bearer inner-bearer-5 refused"));
                        });
                from("direct:working-sink").routeId("test-working-sink").setBody(constant("ok"));
            }
        };
    }

    @Test
    void aMessageThatKeepsFailingIsStoredOnceRetriesAreExhausted() {
        Exchange result = send("SKU-1");

        assertThat(result.getException()).as("the dead-letter channel handled it").isNull();
        assertThat(deliveries).hasValue(3);
        long id = result.getMessage().getHeader(DeadLetterStore.DEAD_LETTER_ID_HEADER, Long.class);
        DeadLetter letter = deadLetters.find(id).orElseThrow();
        assertThat(letter.status()).isEqualTo(DeadLetterStatus.PENDING);
        assertThat(letter.body()).isEqualTo(BODY);
        assertThat(letter.routeId()).isEqualTo("test-failing-sink");
        assertThat(letter.sink()).isEqualTo("marketsync");
        assertThat(letter.messageKey()).isEqualTo("SKU-1");
        assertThat(letter.endpointUri()).isEqualTo("direct://failing-sink");
        assertThat(letter.attempts()).isEqualTo(3);
        assertThat(letter.errorClass()).isEqualTo(IOException.class.getName());
        assertThat(letter.errorMessage()).contains("HTTP 500 calling http://shop/api/products?ws_key=***",
                "caused by java.lang.IllegalStateException");
        assertThat(letter.headers()).containsEntry("HubSink", "marketsync").containsEntry("Channel", "amazon")
                .doesNotContainKeys("Authorization", "X-Api-Key", "CamelRedeliveryCounter");

        String row = db.rowText("dead_letter", id);
        assertThat(row).doesNotContain(STORE_KEY, "fake-bearer-token", "fake-api-key-123", "inner-bearer-5");
    }

    @Test
    void theSameMessageFailingAgainUpdatesItsDeadLetter() {
        send("SKU-1");
        send("SKU-1");
        send("SKU-2");

        List<DeadLetterSummary> letters = deadLetters.list(DeadLetterQuery.any().withRouteId("test-failing-sink"));
        assertThat(letters).extracting(DeadLetterSummary::messageKey).containsExactlyInAnyOrder("SKU-1", "SKU-2");
        assertThat(letters).filteredOn(letter -> letter.messageKey().equals("SKU-1"))
                .singleElement().extracting(DeadLetterSummary::attempts).isEqualTo(6);
    }

    @Test
    void aWorkingRouteLeavesNoDeadLetter() {
        assertThat(template.requestBody("direct:working-sink", "x", String.class)).isEqualTo("ok");
        assertThat(deadLetters.list(DeadLetterQuery.any())).isEmpty();
    }

    @Test
    void whenTheStoreItselfFailsTheCallerSeesTheFailure() {
        db.execute("DROP TABLE dead_letter");

        Exchange result = send("SKU-1");

        assertThat(result.getException()).as("not lost silently").isNotNull();
        assertThat(deliveries).hasValue(3);
    }

    private Exchange send(String sku) {
        return template.send("direct:failing-sink", exchange -> {
            exchange.getMessage().setBody(BODY);
            exchange.getMessage().setHeader(DeadLetterStore.SINK_HEADER, "marketsync");
            exchange.getMessage().setHeader(DeadLetterStore.MESSAGE_KEY_HEADER, sku);
            exchange.getMessage().setHeader("Channel", "amazon");
            exchange.getMessage().setHeader("Authorization", "Bearer fake-bearer-token");
            exchange.getMessage().setHeader("X-Api-Key", "fake-api-key-123");
        });
    }
}
