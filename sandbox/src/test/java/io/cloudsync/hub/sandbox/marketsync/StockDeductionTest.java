package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.ShippingAddress;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.store.StockDeduction;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deduction rule on its own: cut-off by registration, cancellations and fulfillment lines excluded. */
class StockDeductionTest {

    private static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 3, 1, 10, 0, 0);
    private final StockDeduction deduction = new StockDeduction(id -> Catalogue.bundled().statuses(id).orElse(null));

    private static Order order(String estatus, LocalDateTime registered, OrderLine... lines) {
        return new Order(1, 4, "Mercado", "R-1", registered.minusMinutes(3), registered, registered, 0, 0, 0, 0, "",
                new ShippingAddress("", "", "", "", "", "", "", "", ""), estatus, "", "", "", "", registered,
                List.of(lines), List.of(new StatusChange(registered, estatus, "", StatusChange.MARKETPLACE)));
    }

    private static OrderLine line(String sku, int units, boolean fulfillment) {
        return new OrderLine(1, 1, sku, "", "", units, 0, "", "", fulfillment);
    }

    @Test
    void everySellerShippedUnitCountsPerSkuWithoutACutoff() {
        assertThat(deduction.units(order("paid", REGISTERED, line("A-M", 2, false), line("A-L", 1, false),
                line("A-M", 1, false)), null)).containsOnly(java.util.Map.entry("A-M", 3), java.util.Map.entry("A-L", 1));
    }

    @Test
    void theCutoffComparesTheRegistrationNotTheOrderDate() {
        Order order = order("paid", REGISTERED, line("A-M", 2, false));

        assertThat(deduction.units(order, REGISTERED.plusSeconds(1))).isEmpty();
        assertThat(deduction.units(order, REGISTERED)).containsEntry("A-M", 2);
        assertThat(deduction.units(order, REGISTERED.minusMinutes(1))).as("ordered before, registered after")
                .containsEntry("A-M", 2);
    }

    @Test
    void aCancelledOrderAndFulfillmentLinesAreNotDeducted() {
        assertThat(deduction.units(order("cancelled", REGISTERED, line("A-M", 2, false)), null)).isEmpty();
        assertThat(deduction.units(order("delivered", REGISTERED, line("A-M", 2, true), line("B-M", 1, false)), null))
                .containsOnlyKeys("B-M");
    }
}
