package io.cloudsync.hub.marketsync.orders;

import static io.cloudsync.hub.marketsync.orders.StatusBackFixture.envelope;
import static io.cloudsync.hub.marketsync.orders.StatusBackFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.http.HttpCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderGuidesTest {

    private static final String GUIDES = "GET marketsync.test/api/guias";
    private static final String CARRIER_PUT = "PUT store.test/api/order_carriers/7";
    private static final String MESSAGES = "POST store.test/api/messages";

    private final StatusBackFixture fixture = new StatusBackFixture();
    private final OrderGuides guides = new OrderGuides(fixture.imports, fixture.ledger, fixture.marketSync,
            fixture.carriers, 2);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aLabelTheMarketplaceMadePutsItsTrackingNumberAndAddressOnTheStoreOrderOnce() {
        fixture.imported(9001, 4, "ML-1", 41, "ordered");
        fixture.answer(GUIDES, call -> envelope("[{\"id\":\"301\",\"pedido_id\":\"9001\",\"guia\":\"MEL4455\","
                + "\"mensajeria\":\"Mercado Envíos\",\"estatus\":\"ready\",\"fecha\":\"2026-12-07 09:00:00\","
                + "\"label\":\"https://labels.example/ML-1.pdf\"}]"));
        fixture.answer("GET store.test/api/order_carriers", call -> json(200, "{\"order_carriers\":[{\"id\":7,"
                + "\"id_order\":\"41\",\"id_carrier\":\"2\",\"id_order_invoice\":\"0\",\"weight\":\"1.5\","
                + "\"shipping_cost_tax_excl\":\"80\",\"shipping_cost_tax_incl\":\"92.8\",\"tracking_number\":\"\"}]}"));
        fixture.answer(CARRIER_PUT, call -> json(200, "{\"order_carrier\":{\"id\":7}}"));
        fixture.answer(MESSAGES, call -> json(201, "{\"message\":{\"id\":1}}"));

        assertThat(guides.poll()).startsWith("1 marketplace guide(s)");
        assertThat(guides.poll()).as("the order has its guide: not asked again").isEmpty();

        assertThat(fixture.calls(GUIDES)).singleElement().satisfies(call ->
                assertThat(StatusBackFixture.query(call)).contains("orders=9001"));
        assertThat(fixture.calls(CARRIER_PUT)).singleElement().extracting(HttpCall::body).asString()
                .contains("<id>7</id>", "<id_order>41</id_order>", "<id_carrier>2</id_carrier>",
                        "<shipping_cost_tax_incl>92.8</shipping_cost_tax_incl>",
                        "<tracking_number>MEL4455</tracking_number>");
        assertThat(fixture.calls(MESSAGES)).singleElement().extracting(HttpCall::body).asString()
                .contains("<id_order>41</id_order>", "<private>1</private>", "MEL4455",
                        "https://labels.example/ML-1.pdf");
        assertThat(fixture.ledger.guideApplied(9001, 301)).isTrue();
    }

    @Test
    void aTrackingNumberTheStoreHasIsKeptAndAStoreWithoutMessagesIsNoFailure() {
        fixture.imported(9002, 4, "ML-2", 42, "ordered");
        fixture.answer(GUIDES, call -> envelope("[{\"id\":302,\"pedido_id\":9002,\"guia\":\"MEL1\","
                + "\"label\":\"https://labels.example/ML-2.pdf\"}]"));
        fixture.answer("GET store.test/api/order_carriers", call -> json(200, "{\"order_carriers\":[{\"id\":8,"
                + "\"id_order\":\"42\",\"id_carrier\":\"0\",\"tracking_number\":\"OWN-1\"}]}"));
        fixture.answer(MESSAGES, call -> json(401, "{\"errors\":[{\"code\":26,\"message\":\"No permission\"}]}"));

        assertThat(guides.poll()).startsWith("1 marketplace guide(s)");

        assertThat(fixture.calls).extracting(HttpCall::method).doesNotContain("PUT");
        assertThat(fixture.ledger.guideApplied(9002, 302)).isTrue();
    }

    @Test
    void anErrorInsteadOfALabelIsNoGuideAndItsOrderIsAskedAgainNextTime() {
        fixture.imported(9003, 1, "CLARO-3", 43, "ordered");
        fixture.answer(GUIDES, call -> envelope("[{\"id\":303,\"pedido_id\":9003,\"guia\":\"\","
                + "\"label\":\"Error: la guía aún no está disponible\"}]"));

        assertThat(guides.poll()).isEmpty();
        assertThat(guides.poll()).isEmpty();

        assertThat(fixture.calls(GUIDES)).hasSize(2);
        assertThat(fixture.ledger.guideApplied(9003, 303)).isFalse();
    }

    @Test
    void ordersAreAskedForInPagesAndShippedOrTheirMarketplaceCancelledOnesNotAtAll() {
        fixture.imported(9011, 1, "A", 61, "ordered");
        fixture.imported(9012, 1, "B", 62, "ordered");
        fixture.imported(9013, 1, "C", 63, "ordered");
        fixture.imported(9014, 1, "D", 64, "cancelled");
        fixture.imported(9015, 1, "E", 65, "ordered");
        fixture.ledger.nothingToSend(9015, io.cloudsync.hub.marketsync.mapping.OrderStatusChange.SHIPPED);
        fixture.answer(GUIDES, call -> envelope("[]"));

        guides.poll();

        assertThat(fixture.calls(GUIDES)).extracting(StatusBackFixture::query)
                .satisfiesExactly(first -> assertThat(first).contains("orders=9011,9012"),
                        second -> assertThat(second).contains("orders=9013").doesNotContain("9014", "9015"));
    }
}
