package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StoreOrderPlannerTest {

    private static final Map<String, StoreVariant> CATALOGUE = Map.of(
            "CAM-ROJA-M", new StoreVariant(12, 44), "TAZA-00001", new StoreVariant(30, 0));
    private static final Function<String, Optional<StoreVariant>> FIND = sku -> Optional.ofNullable(CATALOGUE.get(sku));

    private final StoreOrderPlanner planner = new StoreOrderPlanner(Orders.SETTINGS);

    @Test
    void aSaleBecomesCustomerAddressCartAndOrderNamingItsMarketAndReference() {
        IncomingOrder order = Orders.sale(901, "2000003", List.of(Orders.line("CAM-ROJA-M", 2, "200.00"),
                Orders.line("TAZA-00001", 1, "100.00")));

        StoreOrderPlanner.Outcome outcome = planner.plan(order, Orders.MEXICO, FIND);

        assertThat(outcome.problems()).isEmpty();
        StoreOrderPlan plan = outcome.plan();
        assertThat(plan.customer().email()).isEqualTo("marketplace-mercado-libre-2000003@marketplace.invalid");
        assertThat(plan.customer().firstname()).isEqualTo("María José López");
        assertThat(plan.customer().lastname()).isEqualTo("Pérez");
        assertThat(plan.customer().groupId()).isEqualTo(3);
        assertThat(plan.address().countryId()).isEqualTo(145);
        assertThat(plan.address().stateId()).as("CDMX is Ciudad de México").isEqualTo(66);
        assertThat(plan.address().address1()).isEqualTo("Av. Insurgentes Sur 1602");
        assertThat(plan.address().address2()).isEqualTo("Crédito Constructor");
        assertThat(plan.address().postcode()).isEqualTo("03940");
        assertThat(plan.address().other()).isEqualTo("Entre calles: Barranca del Muerto y Río Mixcoac. Timbre 3");
        assertThat(plan.address().alias()).isEqualTo("MS 2000003");
        assertThat(plan.lines()).extracting(StoreOrderPlan.CartLine::variant)
                .containsExactly(new StoreVariant(12, 44), new StoreVariant(30, 0));
        assertThat(plan.lines()).extracting(StoreOrderPlan.CartLine::quantity).containsExactly(2, 1);
        assertThat(plan.order().module()).isEqualTo("marketsync");
        assertThat(plan.order().payment()).isEqualTo("Mercado Libre 2000003 (MarketSync)");
        assertThat(plan.order().note()).contains("MarketSync order 901");
        assertThat(plan.order().carrierId()).isEqualTo(2);
        assertThat(plan.order().stateId()).isEqualTo(2);
        assertThat(plan.order().totalProductsTaxIncl()).isEqualByComparingTo("500.00");
        assertThat(plan.order().totalShipping()).isEqualByComparingTo("99.00");
        assertThat(plan.order().totalPaid()).isEqualByComparingTo("599.00");
        assertThat(plan.order().totalProductsTaxExcl()).as("500 × 431.03 / 500").isEqualByComparingTo("431.03");
    }

    @Test
    void everyReasonAnOrderCannotBeMadeIsListed() {
        IncomingOrder sale = Orders.sale(902, "2000004", List.of(Orders.line("NO-EXISTE-1", 1, "10"),
                Orders.line("CAM-ROJA-M", 0, "10"), Orders.line("OTRA-COSA-2", 1, "10")));
        IncomingOrder order = new IncomingOrder(sale.marketsyncId(), sale.marketId(), sale.marketName(),
                sale.referencia(), sale.paidAt(), "", "Ana", "", new IncomingOrder.DeliveryAddress("Calle 1", "", "",
                "", "Narnia", "1234", ""), sale.shipping(), sale.subtotal(), sale.total(),
                List.of(Orders.line("NO-EXISTE-1", 1, "10"), Orders.line("CAM-ROJA-M", 0, "10"),
                        Orders.line("OTRA-COSA-2", 1, "10"), Orders.line("TAZA-00001", 1, "10")), "paid");

        StoreOrderPlanner.Outcome outcome = planner.plan(order, Orders.MEXICO, FIND);

        assertThat(outcome.planned()).isFalse();
        assertThat(outcome.problems()).containsExactly(
                "SKU NO-EXISTE-1 is not a product or combination of the store",
                "line CAM-ROJA-M: quantity 0 is not a positive number",
                "SKU OTRA-COSA-2 is not a product or combination of the store",
                "the delivery address has no city (ciudad)",
                "the postcode (cp) '1234' is not a Mexican postcode of 5 digits",
                "the state (estado) 'Narnia' is not one of the store's states");
    }

    @Test
    void linesTheMarketplaceShipsStayOutOfTheStoreOrder() {
        IncomingOrder order = Orders.sale(903, "2000005", List.of(
                new IncomingOrder.Line("CAM-ROJA-M", 1, new BigDecimal("200"), true),
                Orders.line("TAZA-00001", 3, "100")));

        StoreOrderPlan plan = planner.plan(order, Orders.MEXICO, FIND).plan();

        assertThat(plan.lines()).extracting(StoreOrderPlan.CartLine::sku).containsExactly("TAZA-00001");
        assertThat(plan.lines()).extracting(StoreOrderPlan.CartLine::quantity).containsExactly(3);
        assertThat(plan.order().totalProductsTaxIncl()).isEqualByComparingTo("300.00");

        IncomingOrder allByMarketplace = Orders.sale(904, "2000006", List.of(
                new IncomingOrder.Line("SKU-DESCONOCIDO", 1, new BigDecimal("200"), true)));
        StoreOrderPlanner.Outcome fulfilled = planner.plan(allByMarketplace, Orders.MEXICO, FIND);
        assertThat(fulfilled.problems()).as("an SKU the store does not sell is no problem when the marketplace ships it")
                .isEmpty();
        assertThat(fulfilled.plan().nothingForTheStore()).isTrue();
    }

    @Test
    void aGivenEmailIsKeptAndAStoreWithoutStatesLeavesTheStateEmpty() {
        IncomingOrder sale = Orders.sale(905, "AB-77/1", List.of(Orders.line("TAZA-00001", 1, "100")));
        IncomingOrder order = new IncomingOrder(sale.marketsyncId(), 6, "", sale.referencia(), "", "Buyer@Example.COM",
                "X Æ 12", "tel: +52 (55) 1234-5678 ext", sale.address(), sale.shipping(), sale.subtotal(), sale.total(),
                sale.lines(), "Unshipped");
        StoreDirectory noStates = new StoreDirectory(1, 1, 2, 3, 145, Map.of(), 2, 6, 8);

        StoreOrderPlan plan = planner.plan(order, noStates, FIND).plan();

        assertThat(plan.customer().email()).isEqualTo("buyer@example.com");
        assertThat(plan.customer().firstname()).isEqualTo("X");
        assertThat(plan.customer().lastname()).isEqualTo("Æ");
        assertThat(plan.address().stateId()).isZero();
        assertThat(plan.address().phone()).isEqualTo("+52 (55) 1234-5678");
        assertThat(plan.order().payment()).isEqualTo("Market 6 AB-77/1 (MarketSync)");
        assertThat(planner.email(new IncomingOrder(1, 6, "", "AB-77/1", "", "", "", "", sale.address(), null, null, null,
                List.of(), ""))).isEqualTo("marketplace-6-ab-77-1@marketplace.invalid");
    }
}
