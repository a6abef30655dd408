package io.cloudsync.hub.erp.orders;

import static io.cloudsync.hub.erp.orders.ErpOrders.marketplaceLine;
import static io.cloudsync.hub.erp.orders.ErpOrders.marketplaceOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.MarketplaceOrderStatus.Stage;
import io.cloudsync.hub.model.Order;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaleOrderMappingTest {

    @Test
    void aPaidStoreOrderIsASaleOfItsLinesWithoutTaxAtTrytonsFourDecimals() {
        Order order = ErpOrders.storeOrder(12, "XKBKNABJK", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("TS-M", 2, "24.200000", "19.999999"), ErpOrders.line("MUG-1", 1, "12.10", "10.00"));

        SaleOrder sale = SaleOrderMapping.fromStoreOrder(order, SaleOrderMapping.storeReference(order),
                ErpOrders.buyer("jane@example.com"));

        assertThat(sale.intent()).isEqualTo(SaleIntent.SALE);
        assertThat(sale.key()).isEqualTo("store-order 12");
        assertThat(sale.reference()).isEqualTo("store XKBKNABJK");
        assertThat(sale.lines()).containsExactly(
                new SaleLine("TS-M", 2, new BigDecimal("20.0000"), "Product TS-M"),
                new SaleLine("MUG-1", 1, new BigDecimal("10.0000"), "Product MUG-1"));
        assertThat(sale.date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(sale.buyer().email()).isEqualTo("jane@example.com");
    }

    @Test
    void whichStoreStatesMakeASaleCancelItOrWait() {
        assertThat(SaleOrderMapping.intent(ErpOrders.PAYMENT_ACCEPTED)).isEqualTo(SaleIntent.SALE);
        assertThat(SaleOrderMapping.intent(ErpOrders.SHIPPED)).isEqualTo(SaleIntent.SALE);
        assertThat(SaleOrderMapping.intent(ErpOrders.AWAITING_WIRE)).isEqualTo(SaleIntent.NONE);
        assertThat(SaleOrderMapping.intent(ErpOrders.PAYMENT_ERROR)).isEqualTo(SaleIntent.NONE);
        assertThat(SaleOrderMapping.intent(ErpOrders.CANCELLED)).isEqualTo(SaleIntent.CANCEL);
        assertThat(SaleOrderMapping.intent(ErpOrders.REFUNDED)).isEqualTo(SaleIntent.CANCEL);
    }

    @Test
    void anOrderAwaitingPaymentMakesNoSaleAndSaysWhy() {
        Order order = ErpOrders.storeOrder(13, "WIRE", ErpOrders.AWAITING_WIRE, ErpOrders.line("TS-M", 1, "2", "1"));

        SaleOrder sale = SaleOrderMapping.fromStoreOrder(order, "store WIRE", null);

        assertThat(sale.intent()).isEqualTo(SaleIntent.NONE);
        assertThat(sale.why()).contains("Awaiting bank wire payment");
    }

    @Test
    void aMarketplaceOrderIsASaleOfTheSellersLinesPricedWithoutTaxFromItsSubtotal() {
        // subtotal 200 of goods 232 (282 total - 50 shipping): prices without tax are 200/232 of the paid ones
        SaleOrder sale = SaleOrderMapping.fromMarketplaceOrder(marketplaceOrder(345, "ML-2000004", Stage.PAID,
                "maria@example.com", marketplaceLine("CAM-ROJA-M", 2, "116.00", false),
                marketplaceLine("CAM-AZUL-M", 1, "50.00", true)), "MX");

        assertThat(sale.key()).isEqualTo("marketplace-order 345");
        assertThat(sale.reference()).isEqualTo("Mercado Libre ML-2000004");
        assertThat(sale.lines()).as("the fulfillment line ships from the marketplace's warehouse").containsExactly(
                new SaleLine("CAM-ROJA-M", 2, new BigDecimal("100.0000"), "Camisa CAM-ROJA-M - M"));
        assertThat(sale.buyer().name()).isEqualTo("María López");
        assertThat(sale.buyer().shipmentAddress().street()).isEqualTo("Av. Reforma 10\nJuárez");
        assertThat(sale.buyer().shipmentAddress().countryCode()).isEqualTo("MX");
        assertThat(sale.date()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aMarketplaceOrderAndTheStoreOrderImportedFromItShareOneReference() {
        assertThat(SaleOrderMapping.marketplaceReference("Mercado Libre", 4, "ML-2000004"))
                .isEqualTo(SaleOrderMapping.fromMarketplaceOrder(marketplaceOrder(1, "ML-2000004", Stage.PAID, "",
                        marketplaceLine("A-1", 1, "1", false)), "MX").reference());
        assertThat(SaleOrderMapping.marketplaceReference("", 4, "ML-1")).isEqualTo("Market 4 ML-1");
    }

    @Test
    void marketplaceStagesMakeASaleCancelItOrWait() {
        assertThat(SaleOrderMapping.fromMarketplaceOrder(marketplaceOrder(1, "R", Stage.PENDING, "",
                marketplaceLine("A-1", 1, "1", false)), "MX").intent()).isEqualTo(SaleIntent.NONE);
        assertThat(SaleOrderMapping.fromMarketplaceOrder(marketplaceOrder(1, "R", Stage.CANCELLED, "",
                marketplaceLine("A-1", 1, "1", false)), "MX").intent()).isEqualTo(SaleIntent.CANCEL);
        assertThat(SaleOrderMapping.fromMarketplaceOrder(marketplaceOrder(1, "R", Stage.SHIPPED, "",
                marketplaceLine("A-1", 1, "1", true)), "MX").why())
                .isEqualTo("every line ships from the marketplace's warehouse");
    }

    @Test
    void noBuyerDataInWhatALogLineShows() {
        SaleOrder sale = SaleOrderMapping.fromStoreOrder(ErpOrders.storeOrder(12, "XK", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("TS-M", 1, "2", "1")), "store XK", ErpOrders.buyer("jane@example.com"));

        assertThat(sale.toString()).isEqualTo("store-order 12 (sale store XK)");
        assertThat(sale.buyer().toString()).doesNotContain("jane").doesNotContain("Jane");
    }
}
