package io.cloudsync.hub.erp.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SaleProducts, SaleCancellation and SaleValues: what Tryton is sent, and when an order is refused. */
class SaleRulesTest {

    private final SaleOrder order = new SaleOrder("store-order 1", "store R1", SaleIntent.SALE, "",
            ErpOrders.buyer("jane@example.com"), List.of(new SaleLine("TS-M", 2, new BigDecimal("20.0000"), "Shirt"),
            new SaleLine("NOPE-1", 1, BigDecimal.ONE, "x"), new SaleLine("NOPE-2", 1, BigDecimal.ONE, "y")),
            "Store order R1", LocalDate.of(2026, 12, 5));

    @Test
    void everySkuTrytonDoesNotKnowIsNamed() {
        assertThatThrownBy(() -> SaleProducts.ids(order, List.of(Map.of("id", 5, "code", "TS-M"))))
                .isInstanceOf(SaleRefusedException.class)
                .hasMessageContaining("SKU NOPE-1 is not a product in Tryton")
                .hasMessageContaining("SKU NOPE-2 is not a product in Tryton")
                .satisfies(e -> assertThat(((SaleRefusedException) e).isTransient()).isFalse());
    }

    @Test
    void productsAreFoundByCode() {
        SaleOrder known = new SaleOrder("k", "r", SaleIntent.SALE, "", null,
                List.of(new SaleLine("TS-M", 1, BigDecimal.ONE, "")), "", null);

        assertThat(SaleProducts.ids(known, List.of(Map.of("id", 5, "code", "TS-M")))).containsEntry("TS-M", 5L);
    }

    @Test
    void aSaleIsManualInvoicingWithDecimalPricesAndTheOrdersReference() {
        Map<String, Object> sale = SaleValues.sale(order, new SaleValues.SaleReferences(1, 5, 1), 3,
                new PartyAddresses(8, 9), Map.of("TS-M", 11L, "NOPE-1", 12L, "NOPE-2", 13L));

        assertThat(sale).containsEntry("invoice_method", "manual").containsEntry("reference", "store R1")
                .containsEntry("party", 3L).containsEntry("invoice_address", 8L).containsEntry("shipment_address", 9L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) ((List<?>) ((List<?>) sale.get("lines")).get(0))
                .get(1);
        assertThat(lines.get(0)).containsEntry("product", 11L).containsEntry("quantity", 2.0)
                .containsEntry("unit_price", Map.of("__class__", "Decimal", "decimal", "20.0000"));
    }

    @Test
    void aPartyHasTheBuyersEmailAndOneAddressWhenBothAreTheSamePlace() {
        Map<String, Object> party = SaleValues.party(ErpOrders.buyer("jane@example.com"), address -> 42);

        assertThat(party).containsEntry("name", "Jane Doe");
        assertThat(party.get("contact_mechanisms").toString()).contains("jane@example.com");
        assertThat(party.get("addresses").toString()).contains("country=42").contains("invoice=true")
                .contains("delivery=true");
    }

    @Test
    void aShipmentDoneRefusesTheCancellationAndOpenOnesAreCancelled() {
        assertThat(SaleCancellation.shipmentsToCancel(order, 7, List.of(Map.of("id", 1, "state", "waiting"),
                Map.of("id", 2, "state", "cancelled")))).containsExactly(1L);
        assertThatThrownBy(() -> SaleCancellation.shipmentsToCancel(order, 7, List.of(Map.of("id", 3,
                "state", "done")))).isInstanceOf(SaleRefusedException.class)
                .hasMessageContaining("shipment 3 done").hasMessageContaining("cannot be cancelled");
    }

    @Test
    void aDoneSaleCountsAsCancelledOnlyWhenEveryShipmentIs() {
        assertThat(SaleCancellation.cancelled("cancelled", List.of())).isTrue();
        assertThat(SaleCancellation.cancelled("done", List.of(Map.of("id", 1, "state", "cancelled")))).isTrue();
        assertThat(SaleCancellation.cancelled("done", List.of(Map.of("id", 1, "state", "done")))).isFalse();
        assertThat(SaleCancellation.cancelled("processing", List.of())).isFalse();
    }
}
