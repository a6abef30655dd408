package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writes a marketplace connector makes to create an order (customer, address, cart, order, order history,
 * order carrier), answered as PrestaShop 8 answers them: its validation errors, its refusals, its stock movements.
 */
class MarketplaceOrderWritesTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    // ---- customers ----

    @Test
    void aCustomerIsCreatedWithAHashedPasswordThatIsNeverEchoed() {
        HttpResponse<String> response = post("customers", customer("ana.lopez@example.com", "Ana", "López",
                "<passwd>Plain-Secret-42</passwd>"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).doesNotContain("Plain-Secret-42");
        JsonNode created = SandboxStore.parse(response.body()).path("customer");
        assertThat(created.path("passwd").asText()).startsWith("$2y$");
        assertThat(created.path("secure_key").asText()).matches("[0-9a-f]{32}");
        assertThat(created.path("id_default_group").asText()).isEqualTo("3");
        assertThat(store.json("/api/customers?filter[email]=[ana.lopez@example.com]").path("customers"))
                .extracting(row -> row.path("id").asInt()).containsExactly(created.path("id").asInt());
    }

    @Test
    void anXmlWriteIsAnsweredInXml() {
        HttpResponse<String> response = store.send("POST", "/api/customers", "<prestashop>"
                + customer("xml@example.com", "Luis", "Pérez", "<passwd>x</passwd>") + "</prestashop>");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).startsWith("<?xml").contains("<customer>")
                .contains("<email><![CDATA[xml@example.com]]></email>");
    }

    @Test
    void aCustomerWithoutPasswdOrWithABadEmailIsRefusedWithPrestaShopsErrors() {
        HttpResponse<String> noPassword = post("customers", customer("x@example.com", "Ana", "López", ""));
        HttpResponse<String> badEmail = post("customers", customer("not-an-email", "Ana", "López",
                "<passwd>x</passwd>"));
        HttpResponse<String> emptyName = post("customers", customer("y@example.com", "", "López",
                "<passwd>x</passwd>"));

        assertError(noPassword, 400, 41, "parameter \"passwd\" required");
        assertError(badEmail, 400, 85, "Validation error: \"Property Customer->email is not valid\"");
        assertError(emptyName, 400, 85, "Validation error: \"Property Customer->firstname is empty.\"");
    }

    @Test
    void twoCustomersMayShareAnEmailAsTheWebserviceChecksNothing() {
        assertThat(post("customers", customer("twice@example.com", "Ana", "Ruiz", "<passwd>a</passwd>"))
                .statusCode()).isEqualTo(201);
        assertThat(post("customers", customer("twice@example.com", "Ana", "Ruiz", "<passwd>a</passwd>"))
                .statusCode()).isEqualTo(201);
        assertThat(store.json("/api/customers?filter[email]=[twice@example.com]").path("customers")).hasSize(2);
    }

    // ---- addresses ----

    @Test
    void anAddressNeedsItsDefinitionsFieldsButNotTheFormsCountryRules() {
        HttpResponse<String> noCity = post("addresses", "<address><id_customer>1</id_customer><id_country>145"
                + "</id_country><alias>MarketSync</alias><lastname>López</lastname><firstname>Ana</firstname>"
                + "<address1>Av. Reforma 222</address1></address>");
        HttpResponse<String> digitsInName = post("addresses", address(1, "Ana 2", "06600"));
        HttpResponse<String> mexicanWithoutState = post("addresses", address(1, "Ana", "6600"));

        assertError(noCity, 400, 41, "parameter \"city\" required");
        assertError(digitsInName, 400, 85, "Validation error: \"Property Address->firstname is not valid\"");
        assertThat(mexicanWithoutState.statusCode()).as(mexicanWithoutState.body()).isEqualTo(201);
        assertThat(SandboxStore.parse(mexicanWithoutState.body()).path("address").path("id_state").asText())
                .isEqualTo("0");
    }

    // ---- the order chain ----

    @Test
    void anOrderPaidInFullStartsInRemotePaymentAcceptedAndTakesItsLinesOutOfStock() {
        Line line = line(21, 10);
        Chain first = chain(line);
        JsonNode mispaid = SandboxStore.parse(postOrder(first, "marketsync", "0.01").body()).path("order");
        String cartTotal = mispaid.path("total_paid_tax_incl").asText();
        Chain second = chain(line);

        HttpResponse<String> response = postOrder(second, "marketsync", cartTotal);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = SandboxStore.parse(response.body()).path("order");
        assertThat(order.path("current_state").asText()).isEqualTo("11");
        assertThat(order.path("module").asText()).isEqualTo("marketsync");
        assertThat(order.path("payment").asText()).isEqualTo("MarketSync Mercado Libre");
        assertThat(order.path("reference").asText()).matches("[A-Z]{9}");
        assertThat(order.path("id_cart").asInt()).isEqualTo(second.cartId);
        assertThat(order.path("associations").path("order_rows").get(0).path("product_quantity").asText())
                .isEqualTo("2");
        assertThat(stock(line)).as("only the order paid in full took stock").isEqualTo(8);
    }

    @Test
    void anOrderWhoseTotalIsNotTheCartsStartsInPaymentErrorAndTakesNoStockUntilItIsAccepted() {
        Line line = line(22, 10);
        Chain chain = chain(line);

        JsonNode order = SandboxStore.parse(postOrder(chain, "marketsync", "1.00").body()).path("order");

        assertThat(order.path("current_state").asText()).isEqualTo("8");
        assertThat(stock(line)).isEqualTo(10);
        assertThat(postState(order.path("id").asInt(), 2).statusCode()).isEqualTo(201);
        assertThat(stock(line)).as("leaving Payment error for a paid state takes the lines").isEqualTo(8);
    }

    @Test
    void aSecondOrderForTheSameCartIsRefusedWithPrestaShopsBare500() {
        Chain chain = chain(line(23, 10));
        assertThat(postOrder(chain, "marketsync", "1.00").statusCode()).isEqualTo(201);

        HttpResponse<String> again = postOrder(chain, "marketsync", "1.00");

        assertThat(again.statusCode()).isEqualTo(500);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(again.body()).isEqualTo("Cart cannot be loaded or an order has already been placed using this cart");
        assertThat(store.json("/api/orders?filter[id_cart]=[" + chain.cartId + "]").path("orders")).hasSize(1);
    }

    @Test
    void ordersAreFoundByCartModulePaymentAndReference() {
        Chain chain = chain(line(24, 10));
        JsonNode order = SandboxStore.parse(postOrder(chain, "marketsync", "1.00").body()).path("order");
        int id = order.path("id").asInt();

        assertThat(ids("/api/orders?filter[id_cart]=[" + chain.cartId + "]")).containsExactly(id);
        assertThat(ids("/api/orders?filter[module]=[marketsync]")).contains(id);
        assertThat(ids("/api/orders?filter[payment]=[MarketSync Mercado Libre]")).contains(id);
        assertThat(ids("/api/orders?filter[reference]=[" + order.path("reference").asText() + "]")).containsExactly(id);
    }

    @Test
    void aCartWithoutItsCustomersSecureKeyOrAnUninstalledModuleEndsInAFatalError() {
        Chain chain = chain(line(25, 10));
        String keyless = "<cart><id_currency>1</id_currency><id_lang>1</id_lang><id_customer>" + chain.customerId
                + "</id_customer><id_address_delivery>" + chain.addressId + "</id_address_delivery>"
                + "<id_address_invoice>" + chain.addressId + "</id_address_invoice><id_carrier>2</id_carrier>"
                + rows(chain.addressId, line(25, 10)) + "</cart>";
        int keylessCart = SandboxStore.parse(post("carts", keyless).body()).path("cart").path("id").asInt();

        HttpResponse<String> noKey = postOrder(new Chain(chain.customerId, chain.addressId, keylessCart), "marketsync",
                "1.00");
        HttpResponse<String> noModule = postOrder(chain, "amazonpay", "1.00");

        assertThat(noKey.statusCode()).isEqualTo(500);
        assertThat(noKey.body()).isEqualTo("Fatal error");
        assertThat(noModule.statusCode()).isEqualTo(500);
        assertThat(noModule.body()).contains("validateOrder() on bool");
        assertThat(stock(line(25, 10))).isEqualTo(10);
    }

    @Test
    void anOrderBodyMissingARequiredFieldIsRefusedBeforeAnythingHappens() {
        Chain chain = chain(line(26, 10));
        String body = orderXml(chain, "marketsync", "1.00").replace("<conversion_rate>1</conversion_rate>", "");

        assertError(post("orders", body), 400, 41, "parameter \"conversion_rate\" required");
        assertError(post("orders", orderXml(chain, "market sync", "1.00")), 400, 85,
                "Validation error: \"Property Order->module is not valid\"");
        assertThat(store.json("/api/orders?filter[id_cart]=[" + chain.cartId + "]").isArray()).isTrue();
    }

    // ---- states, stock back, tracking ----

    @Test
    void cancellingThroughOrderHistoriesGivesTheStockBackAndAppendsHistory() {
        Line line = line(27, 10);
        int orderId = paidOrder(line);
        assertThat(stock(line)).isEqualTo(8);

        HttpResponse<String> cancel = postState(orderId, 6);

        assertThat(cancel.statusCode()).isEqualTo(201);
        assertThat(store.json("/api/orders/" + orderId).path("order").path("current_state").asText()).isEqualTo("6");
        assertThat(stock(line)).isEqualTo(10);
        assertThat(store.json("/api/order_histories?display=full&filter[id_order]=[" + orderId + "]")
                .path("order_histories")).extracting(row -> row.path("id_order_state").asText())
                .containsExactly("11", "6");
    }

    @Test
    void anUnknownStateIsPrestaShopsBare500AndChangesNothing() {
        int orderId = paidOrder(line(28, 10));

        HttpResponse<String> response = postState(orderId, 99);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("Invalid new order status");
        assertThat(store.json("/api/orders/" + orderId).path("order").path("current_state").asText()).isEqualTo("11");
    }

    @Test
    void aTrackingNumberPutOnTheOrderCarrierIsTheOrdersShippingNumber() {
        int orderId = paidOrder(line(29, 10));
        JsonNode carrier = store.json("/api/order_carriers?display=full&filter[id_order]=[" + orderId + "]")
                .path("order_carriers").get(0);
        assertThat(carrier.path("tracking_number").asText()).isEmpty();

        HttpResponse<String> put = store.send("PUT", "/api/order_carriers/" + carrier.path("id").asInt()
                + "?output_format=JSON", "<prestashop><order_carrier><id>" + carrier.path("id").asInt() + "</id>"
                + "<id_order>" + orderId + "</id_order><id_carrier>2</id_carrier>"
                + "<tracking_number>1Z999AA10123456784</tracking_number></order_carrier></prestashop>");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(store.json("/api/orders/" + orderId).path("order").path("shipping_number").asText())
                .isEqualTo("1Z999AA10123456784");
    }

    @Test
    void staffShipWithATrackingNumberAndCancelThroughTheControlApi() {
        Line line = line(30, 10);
        int orderId = paidOrder(line);

        HttpResponse<String> shipped = store.control("POST", "/_sandbox/orders/" + orderId + "/ship",
                "{\"trackingNumber\":\"MX123456789\"}");
        JsonNode listed = SandboxStore.parse(store.control("GET", "/_sandbox/orders?module=marketsync", null).body());
        HttpResponse<String> cancelled = store.control("POST", "/_sandbox/orders/" + orderId + "/cancel", null);

        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
        assertThat(SandboxStore.parse(shipped.body()).path("current_state").asInt()).isEqualTo(4);
        assertThat(listed.path("orders")).anySatisfy(order -> {
            assertThat(order.path("id").asInt()).isEqualTo(orderId);
            assertThat(order.path("tracking_number").asText()).isEqualTo("MX123456789");
        });
        assertThat(store.json("/api/order_carriers?display=full&filter[id_order]=[" + orderId + "]")
                .path("order_carriers").get(0).path("tracking_number").asText()).isEqualTo("MX123456789");
        assertThat(SandboxStore.parse(cancelled.body()).path("current_state").asInt()).isEqualTo(6);
        assertThat(stock(line)).isEqualTo(10);
    }

    // ---- helpers: a chain as a connector writes it ----

    private record Line(int productId, int combinationId, int quantity) {
    }

    private record Chain(int customerId, int addressId, int cartId) {
    }

    /** Products whose stock a test has set (each test uses its own product). */
    private static final java.util.Set<Integer> STOCKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Two units of the product's first combination; the first call per product sets its stock to {@code stock}. */
    private static Line line(int productId, int stock) {
        int[] combinations = store.shop.data().combinationsOfProduct.of(productId);
        int combination = combinations.length == 0 ? 0 : combinations[0];
        if (STOCKED.add(productId)) {
            store.shop.setStock(productId, combination, stock);
        }
        return new Line(productId, combination, 2);
    }

    private static int stock(Line line) {
        return store.shop.data().stockOf(line.productId(), line.combinationId()).quantity();
    }

    private static Chain chain(Line line) {
        JsonNode customer = SandboxStore.parse(post("customers", customer("buyer" + System.nanoTime()
                + "@marketplace.invalid", "Comprador", "Mercado Libre", "<passwd>generated-1</passwd>")).body())
                .path("customer");
        int customerId = customer.path("id").asInt();
        int addressId = SandboxStore.parse(post("addresses", address(customerId, "Ana", "06600")).body())
                .path("address").path("id").asInt();
        String cart = "<cart><id_currency>1</id_currency><id_lang>1</id_lang><id_customer>" + customerId
                + "</id_customer><id_address_delivery>" + addressId + "</id_address_delivery><id_address_invoice>"
                + addressId + "</id_address_invoice><id_carrier>2</id_carrier><secure_key>"
                + customer.path("secure_key").asText() + "</secure_key>" + rows(addressId, line) + "</cart>";
        HttpResponse<String> created = post("carts", cart);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Chain(customerId, addressId, SandboxStore.parse(created.body()).path("cart").path("id").asInt());
    }

    private static int paidOrder(Line line) {
        Chain probe = chain(line);
        String total = SandboxStore.parse(postOrder(probe, "marketsync", "0.01").body()).path("order")
                .path("total_paid_tax_incl").asText();
        HttpResponse<String> paid = postOrder(chain(line), "marketsync", total);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        return SandboxStore.parse(paid.body()).path("order").path("id").asInt();
    }

    private static String rows(int addressId, Line line) {
        return "<associations><cart_rows><cart_row><id_product>" + line.productId() + "</id_product>"
                + "<id_product_attribute>" + line.combinationId() + "</id_product_attribute><id_address_delivery>"
                + addressId + "</id_address_delivery><quantity>" + line.quantity() + "</quantity></cart_row>"
                + "</cart_rows></associations>";
    }

    private static String customer(String email, String firstname, String lastname, String passwd) {
        return "<customer><id_default_group>3</id_default_group><id_lang>1</id_lang><firstname>" + firstname
                + "</firstname><lastname>" + lastname + "</lastname><email>" + email + "</email>" + passwd
                + "<active>1</active></customer>";
    }

    private static String address(int customerId, String firstname, String postcode) {
        return "<address><id_customer>" + customerId + "</id_customer><id_country>145</id_country><alias>MarketSync"
                + "</alias><lastname>López</lastname><firstname>" + firstname + "</firstname><address1>Av. Reforma 222"
                + "</address1><postcode>" + postcode + "</postcode><city>Ciudad de México</city><phone>5512345678"
                + "</phone></address>";
    }

    private static String orderXml(Chain chain, String module, String totalPaid) {
        return "<order><id_address_delivery>" + chain.addressId + "</id_address_delivery><id_address_invoice>"
                + chain.addressId + "</id_address_invoice><id_cart>" + chain.cartId + "</id_cart><id_currency>1"
                + "</id_currency><id_lang>1</id_lang><id_customer>" + chain.customerId + "</id_customer><id_carrier>2"
                + "</id_carrier><current_state>2</current_state><module>" + module + "</module><payment>MarketSync "
                + "Mercado Libre</payment><total_paid>" + totalPaid + "</total_paid><total_paid_real>" + totalPaid
                + "</total_paid_real><total_products>" + totalPaid + "</total_products><total_products_wt>" + totalPaid
                + "</total_products_wt><conversion_rate>1</conversion_rate></order>";
    }

    private static HttpResponse<String> postOrder(Chain chain, String module, String totalPaid) {
        return post("orders", orderXml(chain, module, totalPaid));
    }

    private static HttpResponse<String> postState(int orderId, int state) {
        return post("order_histories", "<order_history><id_order>" + orderId + "</id_order><id_order_state>" + state
                + "</id_order_state></order_history>");
    }

    private static HttpResponse<String> post(String resource, String entity) {
        return store.send("POST", "/api/" + resource + "?output_format=JSON", "<prestashop>" + entity + "</prestashop>");
    }

    private static java.util.List<Integer> ids(String path) {
        JsonNode list = store.json(path).path("orders");
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        list.forEach(row -> ids.add(row.path("id").asInt()));
        return ids;
    }

    private static void assertError(HttpResponse<String> response, int status, int code, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = SandboxStore.parse(response.body()).path("errors").get(0);
        assertThat(error.path("code").asInt()).isEqualTo(code);
        assertThat(error.path("message").asText()).isEqualTo(message);
    }
}
