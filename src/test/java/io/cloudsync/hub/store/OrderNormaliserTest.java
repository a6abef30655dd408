package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderStatus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real order of a PrestaShop 1.7.8 demo shop (fixture) as the canonical order. */
class OrderNormaliserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private final OrderReferenceData reference = new OrderReferenceData(MADRID, Map.of(
            2L, new OrderStatus(2, "Payment accepted", true, false, false, false, false, false),
            5L, new OrderStatus(5, "Delivered", true, true, true, false, false, false),
            6L, new OrderStatus(6, "Canceled", false, false, false, true, false, false)),
            6, 7, 8, Map.of(1L, "EUR"));

    @Test
    void theFixtureOrderWithItsLinesStateAndBothTimes() throws IOException {
        Order order = OrderNormaliser.normalise(fixture(), reference);

        assertThat(order.id()).isEqualTo(1);
        assertThat(order.reference()).isEqualTo("XKBKNABJK");
        assertThat(order.customerId()).isEqualTo(2);
        assertThat(order.cartId()).isEqualTo(1);
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.paymentModule()).isEqualTo("ps_checkpayment");
        assertThat(order.state().id()).isEqualTo(6);
        assertThat(order.state().cancelled()).isTrue();
        assertThat(order.countsAsSale()).isFalse();
        assertThat(order.placedLocal()).isEqualTo(LocalDateTime.of(2022, 5, 17, 17, 50, 34));
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2022-05-17T15:50:34Z"));
        assertThat(order.totals().paidTaxIncl()).isEqualByComparingTo("68.20");
        assertThat(order.totals().paidTaxExcl()).isEqualByComparingTo("66.80");
        assertThat(order.totals().productsTaxIncl()).isEqualByComparingTo("59.80");
        assertThat(order.totals().shippingTaxIncl()).isEqualByComparingTo("8.40");
        assertThat(order.totals().shippingTaxExcl()).isEqualByComparingTo("7.00");
        assertThat(order.lines()).extracting(OrderLine::productId, OrderLine::combinationId, OrderLine::sku,
                OrderLine::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 1L, "demo_1", 1),
                org.assertj.core.groups.Tuple.tuple(2L, 9L, "demo_3", 1));
        assertThat(order.lines().get(1).name()).isEqualTo("Hummingbird printed sweater - Color : White, Size : S");
        assertThat(order.lines().get(1).totalTaxIncl()).isEqualByComparingTo("35.90");
    }

    @Test
    void lineTotalsAreUnitPriceTimesQuantityAndUnitPricesKeepSixDecimals() throws IOException {
        ObjectNode row = fixture();
        ObjectNode line = (ObjectNode) row.path("associations").path("order_rows").get(0);
        line.put("product_quantity", "3");
        line.put("unit_price_tax_excl", "19.752066");
        line.put("unit_price_tax_incl", "23.900000");

        OrderLine first = OrderNormaliser.normalise(row, reference).lines().get(0);

        assertThat(first.unitPriceTaxExcl()).isEqualByComparingTo("19.752066");
        assertThat(first.totalTaxExcl()).isEqualByComparingTo("59.26");
        assertThat(first.totalTaxIncl()).isEqualByComparingTo("71.70");
    }

    @Test
    void refundsAndPaymentErrorsAreNotSalesAndAnAwaitedPaymentIs() throws IOException {
        ObjectNode row = fixture();
        row.put("current_state", "7");
        assertThat(OrderNormaliser.normalise(row, reference).state().refunded()).isTrue();
        assertThat(OrderNormaliser.normalise(row, reference).countsAsSale()).isFalse();
        row.put("current_state", "8");
        assertThat(OrderNormaliser.normalise(row, reference).countsAsSale()).isFalse();
        row.put("current_state", "10");
        assertThat(OrderNormaliser.normalise(row, reference).countsAsSale()).isTrue();
        row.put("current_state", "5");
        OrderStatus delivered = OrderNormaliser.normalise(row, reference).state();
        assertThat(delivered.paid() && delivered.shipped() && delivered.delivered()).isTrue();
    }

    @Test
    void anOrderPlacedInTheRepeatedHourOfAFallBackTakesItsFirstOccurrence() throws IOException {
        ObjectNode row = fixture();
        row.put("date_add", "2024-10-27 02:30:00");

        Order order = OrderNormaliser.normalise(row, reference);

        assertThat(order.placedLocal()).isEqualTo(LocalDateTime.of(2024, 10, 27, 2, 30));
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
    }

    @Test
    void theOrdersSecureKeyIsNeverAskedForNorKept() throws IOException {
        assertThat(OrderNormaliser.DISPLAY).doesNotContain("secure_key").contains("order_rows[");
        String canonical = CanonicalJson.mapper().writeValueAsString(OrderNormaliser.normalise(fixture(), reference));
        assertThat(canonical).doesNotContain("b44a6d9efd7a0076a0fbce6b15eaf3b1").doesNotContain("secure");
    }

    @Test
    void theCanonicalJsonIsDeterministic() throws IOException {
        ObjectMapper json = CanonicalJson.mapper();
        String first = json.writeValueAsString(OrderNormaliser.normalise(fixture(), reference));

        assertThat(json.writeValueAsString(OrderNormaliser.normalise(fixture(), reference))).isEqualTo(first);
        assertThat(first).contains("\"placedLocal\":\"2022-05-17T17:50:34\"", "\"placedAt\":\"2022-05-17T15:50:34Z\"",
                "\"paidTaxIncl\":68.20", "\"cancelled\":true");
        assertThat(json.readTree(first).path("countsAsSale").isMissingNode()).isTrue();
        assertThat(new BigDecimal("1")).isEqualByComparingTo(OrderNormaliser.normalise(fixture(), reference)
                .conversionRate());
    }

    private static ObjectNode fixture() throws IOException {
        try (InputStream in = OrderNormaliserTest.class.getResourceAsStream(
                "/sandbox/fixtures/prestashop/order.airbyte.json")) {
            JsonNode node = JSON.readTree(in);
            return (ObjectNode) node;
        }
    }
}
