package io.cloudsync.hub.erp.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.testing.SandboxStoreFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buyer of a store order read from the sandbox store's Webservice: the customer's name and e-mail and the order's
 * addresses; the sandbox key may not read countries, so the addresses go without one. Nothing secret comes along.
 */
class StoreBuyersTest {

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 5, 42, "Europe/Madrid", List.of("es", "en"), 5, 5, 30, 0),
            Instant.parse("2026-12-05T10:00:00Z"));

    @AfterEach
    void close() throws InterruptedException {
        sandbox.close();
    }

    @Test
    void theBuyerIsTheOrdersCustomerAndAddresses() {
        ShopData data = sandbox.store().shop().data();
        var order = data.orders.all().iterator().next();
        var customer = data.customers.get(order.customerId());
        var delivery = data.addresses.get(order.addressDeliveryId());

        Buyer buyer = new StoreBuyers(sandbox.client()).of(new Order(order.id(), order.reference(),
                order.customerId(), order.cartId(), "EUR", null, order.module(), order.payment(), true,
                ErpOrders.PAYMENT_ACCEPTED, null, null, null, List.of()));

        assertThat(buyer.name()).isEqualTo((customer.firstname() + " " + customer.lastname()).strip());
        assertThat(buyer.email()).isEqualTo(customer.email());
        assertThat(buyer.shipmentAddress().city()).isEqualTo(delivery.city());
        assertThat(buyer.shipmentAddress().postalCode()).isEqualTo(delivery.postcode());
        assertThat(buyer.shipmentAddress().countryCode()).as("the key may not read countries").isEmpty();
        assertThat(List.of(buyer.name(), buyer.email(), buyer.shipmentAddress().street()))
                .noneMatch(text -> text.contains(customer.secureKey()) || text.contains(customer.passwd()));
    }
}
