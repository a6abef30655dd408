package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST customers, addresses, carts, orders: what a connector needs to create an order; a cart orders only once. */
class CheckoutWritesTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static int created(String resource, String singular, String body) {
        HttpResponse<String> response = store.send("POST", "/api/" + resource + "?output_format=JSON", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return SandboxStore.parse(response.body()).path(singular).path("id").asInt();
    }

    @Test
    void aCustomerAddressCartAndOrderAreCreatedAndTheCartCannotOrderTwice() {
        int customer = created("customers", "customer", "<prestashop><customer><firstname>Ana</firstname>"
                + "<lastname>Ruiz</lastname><email>ana@example.mx</email><passwd>secret-1</passwd></customer></prestashop>");
        int address = created("addresses", "address", "<prestashop><address><id_customer>" + customer + "</id_customer>"
                + "<id_country>145</id_country><alias>MS 1</alias><firstname>Ana</firstname><lastname>Ruiz</lastname>"
                + "<address1>Reforma 222</address1><city>Cuauhtémoc</city><postcode>06600</postcode></address></prestashop>");
        int product = store.shop.randomProductId();
        int cart = created("carts", "cart", "<prestashop><cart><id_currency>1</id_currency><id_lang>1</id_lang>"
                + "<id_customer>" + customer + "</id_customer><id_address_delivery>" + address + "</id_address_delivery>"
                + "<id_carrier>2</id_carrier><associations><cart_rows><cart_row><id_product>" + product + "</id_product>"
                + "<id_product_attribute>0</id_product_attribute><quantity>2</quantity></cart_row></cart_rows>"
                + "</associations></cart></prestashop>");
        String order = "<prestashop><order><id_cart>" + cart + "</id_cart><id_customer>" + customer + "</id_customer>"
                + "<id_address_delivery>" + address + "</id_address_delivery><id_address_invoice>" + address
                + "</id_address_invoice><id_currency>1</id_currency><id_lang>1</id_lang><id_carrier>2</id_carrier>"
                + "<current_state>2</current_state><module>marketsync</module><payment>Mercado Libre 7 (MarketSync)"
                + "</payment><total_paid>10</total_paid><total_paid_real>10</total_paid_real><total_products>8"
                + "</total_products><total_products_wt>10</total_products_wt><conversion_rate>1</conversion_rate>"
                + "</order></prestashop>";

        int id = created("orders", "order", order);
        HttpResponse<String> again = store.send("POST", "/api/orders?output_format=JSON", order);

        JsonNode byCart = store.json("/api/orders?filter[id_cart]=[" + cart + "]&display=[id,module,payment,current_state]");
        assertThat(byCart.path("orders")).hasSize(1);
        assertThat(byCart.path("orders").get(0).path("id").asInt()).isEqualTo(id);
        assertThat(byCart.path("orders").get(0).path("module").asText()).isEqualTo("marketsync");
        assertThat(byCart.path("orders").get(0).path("current_state").asText()).isEqualTo("2");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("an order has already been placed using this cart");
        assertThat(store.json("/api/customers?filter[email]=[ana@example.mx]&display=[id]").path("customers").get(0)
                .path("id").asInt()).isEqualTo(customer);
    }

    @Test
    void requiredFieldsAndAnEmailThatIsOneAreChecked() {
        HttpResponse<String> noEmail = store.send("POST", "/api/customers", "<prestashop><customer><firstname>A"
                + "</firstname><lastname>B</lastname><passwd>secret-1</passwd></customer></prestashop>");
        HttpResponse<String> badEmail = store.send("POST", "/api/customers", "<prestashop><customer><firstname>A"
                + "</firstname><lastname>B</lastname><email>nope</email><passwd>secret-1</passwd></customer></prestashop>");
        HttpResponse<String> noCustomer = store.send("POST", "/api/addresses", "<prestashop><address><id_customer>99999"
                + "</id_customer><id_country>145</id_country><alias>x</alias><firstname>A</firstname><lastname>B"
                + "</lastname><address1>c</address1><city>d</city></address></prestashop>");

        assertThat(noEmail.statusCode()).isEqualTo(400);
        assertThat(noEmail.body()).contains("Customer->email is empty");
        assertThat(badEmail.body()).contains("Customer->email is not valid");
        assertThat(noCustomer.body()).contains("Address->id_customer is not valid");
    }
}
