package io.cloudsync.hub.marketsync.orders;

import static io.cloudsync.hub.marketsync.orders.StatusBackFixture.envelope;
import static io.cloudsync.hub.marketsync.orders.StatusBackFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderStatusSinkTest {

    private static final String PUT = "PUT marketsync.test/api/pedidos";
    private static final String GET = "GET marketsync.test/api/pedidos";

    private final StatusBackFixture fixture = new StatusBackFixture();
    private final OrderStatusSink sink = fixture.sink();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aShippedClaroOrderIsToldEmbarcadosOnceWithTheCarrierAndTrackingNumber() {
        fixture.imported(9001, 1, "CLARO-77", 41, "ordered");
        fixture.storeOrder(41, "XKBKNABJK", 4);
        fixture.answer("GET store.test/api/order_carriers", call -> json(200, "{\"order_carriers\":[{\"id\":7,"
                + "\"id_order\":\"41\",\"id_carrier\":\"2\",\"id_order_invoice\":\"0\",\"weight\":\"1.5\","
                + "\"shipping_cost_tax_excl\":\"80\",\"shipping_cost_tax_incl\":\"92.8\","
                + "\"tracking_number\":\"EST123456\"}]}"));
        fixture.answer("GET store.test/api/carriers", call -> json(200, "{\"carriers\":[{\"id\":2,"
                + "\"name\":\"Estafeta\"}]}"));

        assertThat(sink.deliver("41")).contains("sent embarcados");
        assertThat(sink.deliver("41")).contains("nothing to send");

        assertThat(fixture.calls(PUT)).singleElement().extracting(HttpCall::body).isEqualTo("{\"referencia\":"
                + "\"CLARO-77\",\"estatus\":\"embarcados\",\"comentario\":\"Enviado (pedido XKBKNABJK de la tienda)"
                + " por Estafeta, guía EST123456.\"}");
        assertThat(fixture.calls(GET)).as("no look-up: the first call's outcome was known").isEmpty();
        assertThat(fixture.ledger.of(9001).get(OrderStatusChange.SHIPPED).settled()).isTrue();
    }

    @Test
    void anOrderFirstSeenDeliveredIsToldShippedThenDelivered() {
        fixture.imported(9002, 2, "LIN-1", 42, "ordered");
        fixture.storeOrder(42, "REF42", 5);

        sink.deliver("42");

        assertThat(fixture.calls(PUT)).extracting(HttpCall::body).containsExactly(
                "{\"referencia\":\"LIN-1\",\"estatus\":\"shipped\",\"comentario\":\"Enviado (pedido REF42 de la"
                        + " tienda).\"}",
                "{\"referencia\":\"LIN-1\",\"estatus\":\"delivered\",\"comentario\":\"Entregado (pedido REF42 de la"
                        + " tienda).\"}");
    }

    @Test
    void anOrderBeingPreparedIsNotShippedThoughPrestaShopGivesItsStateTheDeliveryFlag() {
        fixture.imported(9007, 1, "CLARO-7", 49, "ordered");
        fixture.storeOrder(49, "REF49", 3);

        assertThat(sink.deliver("49")).contains("nothing to send");

        assertThat(fixture.calls(PUT)).isEmpty();
        assertThat(fixture.ledger.of(9007)).isEmpty();
    }

    @Test
    void aMarketWithNoWordForAChangeIsToldNothingAndTheChangeIsDealtWith() {
        fixture.imported(9003, 5, "WAL-1", 43, "ordered");
        fixture.storeOrder(43, "REF43", 4);

        assertThat(sink.deliver("43")).contains("nothing to send");

        assertThat(fixture.calls).extracting(HttpCall::method).as("nothing sent").containsOnly("GET");
        assertThat(fixture.ledger.of(9003).get(OrderStatusChange.SHIPPED))
                .satisfies(sent -> assertThat(sent.settled()).isTrue())
                .satisfies(sent -> assertThat(sent.estatus()).isNull());
        assertThat(fixture.imports.awaitingShipment(0, 10)).as("no longer awaiting shipment").isEmpty();
    }

    @Test
    void aCancelledStoreOrderOfMercadoLibreIsToldCancelled() {
        fixture.imported(9004, 4, "ML-1", 44, "ordered");
        fixture.storeOrder(44, "REF44", 6);

        sink.deliver("44");

        assertThat(fixture.calls(PUT)).singleElement().extracting(HttpCall::body).asString()
                .contains("\"estatus\":\"cancelled\"", "Cancelado por la tienda");
    }

    @Test
    void aRefusalFailsWithMarketSyncsTextAndTheNextTryAsksMarketSyncBeforeSendingAgain() {
        fixture.imported(9005, 6, "AMZ-1", 45, "ordered");
        fixture.storeOrder(45, "REF45", 4);
        fixture.answer(PUT, call -> json(400, "{\"answer\":{\"error\":\"Error invalid status Shipped for market"
                + " 6\"}}"));

        MarketSyncException refusal = catchThrowableOfType(MarketSyncException.class, () -> sink.deliver("45"));

        assertThat(refusal.getMessage()).contains("Error invalid status Shipped for market 6");
        assertThat(refusal.isTransient()).as("a refusal is not retried").isFalse();
        fixture.answer(PUT, call -> envelope("[]"));
        fixture.answer(GET, call -> envelope("[{\"id\":\"9005\",\"referencia\":\"AMZ-1\",\"estatus\":\"Unshipped\"}]"));
        sink.deliver("45");
        assertThat(fixture.calls(GET)).hasSize(1);
        assertThat(fixture.calls(PUT)).hasSize(2);
        assertThat(fixture.ledger.of(9005).get(OrderStatusChange.SHIPPED).settled()).isTrue();
    }

    @Test
    void aClaimWhoseCallWentThroughIsSettledWithoutSendingAgain() {
        fixture.imported(9006, 1, "CLARO-9", 46, "ordered");
        fixture.storeOrder(46, "REF46", 4);
        fixture.ledger.claim(9006, OrderStatusChange.SHIPPED, "embarcados");
        fixture.answer(GET, call -> envelope("[{\"id\":\"9006\",\"referencia\":\"CLARO-9\","
                + "\"estatus\":\"embarcados\"}]"));

        sink.deliver("46");

        assertThat(fixture.calls(PUT)).isEmpty();
        assertThat(fixture.calls(GET)).singleElement().satisfies(call ->
                assertThat(StatusBackFixture.query(call)).contains("orders=9006"));
        assertThat(fixture.ledger.of(9006).get(OrderStatusChange.SHIPPED).settled()).isTrue();
    }

    @Test
    void ordersTheHubDidNotImportOrThatTheirMarketplaceCancelledAreLeftAlone() {
        fixture.storeOrder(47, "REF47", 4);
        fixture.imported(9008, 1, "CLARO-8", 48, "cancelled");
        fixture.storeOrder(48, "REF48", 6);

        assertThat(sink.deliver("47")).contains("not an imported marketplace order");
        assertThat(sink.deliver("48")).contains("not an imported marketplace order");
        assertThat(fixture.calls).isEmpty();
    }

    @Test
    void ofAChangeSetOnlyTheImportedOrdersGoOnAndAReplayedLetterIsReadAsWell() {
        fixture.imported(9009, 1, "CLARO-1", 51, "ordered");
        fixture.imported(9010, 2, "LIN-2", 53, "ordered");

        assertThat(sink.importedOrders(new ChangeSet(5, "orders", List.of("50", "51", "52", "53"))))
                .containsExactlyInAnyOrder("51", "53");
        assertThat(sink.importedOrders("{\"id\":5,\"entity\":\"orders\",\"storeIds\":[\"52\",\"53\"]}"))
                .containsExactly("53");
        assertThat(sink.importedOrders("51")).containsExactly("51");
        assertThat(sink.importedOrders(new ChangeSet(6, "customers", List.of("51")))).isEmpty();
    }
}
