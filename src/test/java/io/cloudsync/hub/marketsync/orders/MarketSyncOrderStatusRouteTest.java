package io.cloudsync.hub.marketsync.orders;

import static io.cloudsync.hub.marketsync.orders.StatusBackFixture.envelope;
import static io.cloudsync.hub.marketsync.orders.StatusBackFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * routes/marketsync-order-status.camel.yaml with the shared error handling: the status sink sends each imported
 * order's change once, a refusal is that order's dead letter (the others go on) and its replay sends it, and the
 * guide poll runs on its timer.
 */
class MarketSyncOrderStatusRouteTest extends CamelTestSupport {

    private static final String PUT = "PUT marketsync.test/api/pedidos";

    private final StatusBackFixture fixture = new StatusBackFixture();
    private final DeadLetterRepository deadLetters = new DeadLetterRepository(fixture.db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));

    {
        // awaiting shipment from the start: the guide poll's first run (10 ms after start) asks for its guide
        fixture.imported(9900, 4, "ML-99", 99, "ordered");
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("hub.poll.marketplace-guides", "1h");
        properties.setProperty("hub.poll.first-delay", "10");
        properties.setProperty("hub.retry.max-attempts", "1");
        properties.setProperty("hub.retry.initial-delay", "1");
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/marketsync-order-status.camel.yaml"));
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("marketSyncOrderStatus", fixture.sink());
        registry.bind("marketSyncOrderGuides", new OrderGuides(fixture.imports, fixture.ledger, fixture.marketSync,
                fixture.carriers, 50));
        registry.bind("deadLetterStore", new DeadLetterStore(deadLetters));
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(1));
    }

    @Test
    void eachImportedOrderOfAChangeSetIsToldOnceAndTheOthersAreLeftAlone() {
        fixture.imported(9001, 1, "CLARO-1", 41, "ordered");
        fixture.storeOrder(41, "REF41", 4);
        fixture.storeOrder(42, "REF42", 4);

        template.sendBody("direct:marketsync-order-status", new ChangeSet(1, "orders", List.of("41", "42")));
        template.sendBody("direct:marketsync-order-status", new ChangeSet(2, "orders", List.of("41", "42")));

        assertThat(fixture.calls(PUT)).singleElement().extracting(HttpCall::body).asString()
                .contains("\"referencia\":\"CLARO-1\"", "\"estatus\":\"embarcados\"");
        assertThat(deadLetters.replayRequested(10)).isEmpty();
    }

    @Test
    void aRefusedStatusIsADeadLetterOfItsOrderWithMarketSyncsTextAndItsReplaySendsIt() {
        fixture.imported(9001, 6, "AMZ-1", 41, "ordered");
        fixture.storeOrder(41, "REF41", 4);
        fixture.imported(9002, 2, "LIN-1", 42, "ordered");
        fixture.storeOrder(42, "REF42", 6);
        fixture.answer(PUT, call -> call.body().contains("AMZ-1")
                ? json(400, "{\"answer\":{\"error\":\"Error invalid field estatus: Shipped\"}}")
                : envelope("[]"));

        template.sendBody("direct:marketsync-order-status", new ChangeSet(1, "orders", List.of("41", "42")));

        assertThat(fixture.calls(PUT)).extracting(HttpCall::body).anySatisfy(body ->
                assertThat(body).contains("\"referencia\":\"LIN-1\"", "\"estatus\":\"canceled\""));
        assertThat(deadLetters.requestReplayAll("marketsync-order-status")).isEqualTo(1);
        DeadLetter letter = deadLetters.replayRequested(10).get(0);
        assertThat(letter.messageKey()).isEqualTo("41");
        assertThat(letter.errorMessage()).contains("Error invalid field estatus: Shipped");
        assertThat(letter.attempts()).as("a refusal is not retried").isEqualTo(1);

        fixture.answer(PUT, call -> envelope("[]"));
        template.sendBody(letter.endpointUri(), letter.body());

        assertThat(fixture.calls(PUT)).extracting(HttpCall::body)
                .filteredOn(body -> body.contains("AMZ-1")).hasSize(2);
        assertThat(fixture.ledger.of(9001)).allSatisfy((change, sent) -> assertThat(sent.settled()).isTrue());
    }

    @Test
    void theGuidePollRunsOnItsTimerAndAFailedPollIsNoDeadLetter() {
        Awaitility.await().atMost(20, TimeUnit.SECONDS)
                .until(() -> !fixture.calls("GET marketsync.test/api/guias").isEmpty());

        assertThat(fixture.calls("GET marketsync.test/api/guias")).as("the fake answers 404: the poll failed")
                .singleElement().satisfies(call -> assertThat(StatusBackFixture.query(call)).contains("orders=9900"));
        assertThat(deadLetters.countByStatus().values()).as("no dead letter at all").allMatch(count -> count == 0);
    }
}
