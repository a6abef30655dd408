package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreOrderXmlTest {

    private static final XmlMapper XML = new XmlMapper();

    private final StoreOrderPlan plan = new StoreOrderPlanner(Orders.SETTINGS).plan(
            Orders.sale(21, "2000021", List.of(Orders.line("CAM-ROJA-M", 2, "200.00"), Orders.line("TAZA-00001", 1,
                    "100.00"))), Orders.MEXICO, sku -> Optional.of(sku.startsWith("CAM")
                    ? new StoreVariant(12, 44) : new StoreVariant(30, 0))).plan();

    @Test
    void theCartCarriesItsRowsAsAnAssociation() throws Exception {
        JsonNode cart = XML.readTree(StoreOrderXml.cart(plan, 501, 601, "0f3a9c1e5b7d2f4a6c8e0b1d3f5a7c9e"))
                .path("cart");

        assertThat(cart.path("id_customer").asText()).isEqualTo("501");
        assertThat(cart.path("secure_key").asText()).as("the customer's, or the order is refused")
                .isEqualTo("0f3a9c1e5b7d2f4a6c8e0b1d3f5a7c9e");
        assertThat(cart.path("id_address_delivery").asText()).isEqualTo("601");
        assertThat(cart.path("id_carrier").asText()).isEqualTo("2");
        JsonNode rows = cart.path("associations").path("cart_rows").path("cart_row");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("id_product").asText()).isEqualTo("12");
        assertThat(rows.get(0).path("id_product_attribute").asText()).isEqualTo("44");
        assertThat(rows.get(0).path("quantity").asText()).isEqualTo("2");
        assertThat(rows.get(1).path("id_product_attribute").asText()).isEqualTo("0");
    }

    @Test
    void theOrderNamesItsModuleMarketAndTotals() throws Exception {
        String xml = StoreOrderXml.order(plan, 501, 601, 701);
        JsonNode order = XML.readTree(xml).path("order");

        assertThat(xml).startsWith("<?xml").contains("<prestashop><order>");
        assertThat(order.path("id_cart").asText()).isEqualTo("701");
        assertThat(order.path("module").asText()).isEqualTo("marketsync");
        assertThat(order.path("payment").asText()).isEqualTo("Mercado Libre 2000021 (MarketSync)");
        assertThat(order.path("current_state").asText()).isEqualTo("2");
        assertThat(order.path("total_paid").asText()).isEqualTo("599.000000");
        assertThat(order.path("total_products_wt").asText()).isEqualTo("500.000000");
        assertThat(order.path("associations").path("order_rows").path("order_row")).hasSize(2);
    }

    @Test
    void aCustomerAndAStateChange() throws Exception {
        JsonNode customer = XML.readTree(StoreOrderXml.customer(plan.customer(), "s3cret-pass")).path("customer");
        JsonNode history = XML.readTree(StoreOrderXml.stateChange(801, 6)).path("order_history");

        assertThat(customer.path("email").asText()).isEqualTo("marketplace-mercado-libre-2000021@marketplace.invalid");
        assertThat(customer.path("passwd").asText()).isEqualTo("s3cret-pass");
        assertThat(customer.path("associations").path("groups").path("group").path("id").asText()).isEqualTo("3");
        assertThat(history.path("id_order").asText()).isEqualTo("801");
        assertThat(history.path("id_order_state").asText()).isEqualTo("6");
    }
}
