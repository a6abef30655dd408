package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes take PrestaShop XML bodies: PUT replaces, PATCH touches what it names, POST creates; answers the record. */
class XmlWritesTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
        store.shop.advanceClock(Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static String productXml(int id) {
        return store.get("/api/products/" + id).body();
    }

    private static String without(String xml, String... elements) {
        String result = xml;
        for (String element : elements) {
            result = result.replaceAll("(?s)\\s*<" + element + ">.*?</" + element + ">", "");
        }
        return result;
    }

    @Test
    void putStockAvailableWithTheBlankSchemaShape() {
        int stockId = store.shop.data().stockOf(6, 0).id();
        String dateBefore = store.json("/api/products/6?display=[date_upd]").path("product").path("date_upd").asText();
        String body = "<prestashop><stock_available><id>" + stockId + "</id><id_product>6</id_product>"
                + "<id_product_attribute>0</id_product_attribute><id_shop>1</id_shop><id_shop_group>0</id_shop_group>"
                + "<quantity>77</quantity><depends_on_stock>0</depends_on_stock><out_of_stock>2</out_of_stock>"
                + "<location></location></stock_available></prestashop>";

        HttpResponse<String> response = store.send("PUT", "/api/stock_availables/" + stockId, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<stock_available>").contains("<quantity><![CDATA[77]]></quantity>");
        assertThat(store.json("/api/products/6?display=[date_upd]").path("product").path("date_upd").asText())
                .isEqualTo(dateBefore);
    }

    @Test
    void putNeedsEveryRequiredFieldWhilePatchDoesNot() {
        int stockId = store.shop.data().stockOf(7, 0).id();
        String partial = "<prestashop><stock_available><id>" + stockId + "</id><quantity>5</quantity></stock_available></prestashop>";

        HttpResponse<String> put = store.send("PUT", "/api/stock_availables/" + stockId + "?output_format=JSON", partial);
        HttpResponse<String> patch = store.send("PATCH", "/api/stock_availables/" + stockId + "?output_format=JSON", partial);

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("parameter \\\"id_product\\\" required");
        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(SandboxStore.parse(patch.body()).path("stock_available").path("quantity").asText()).isEqualTo("5");
    }

    @Test
    void putProductWithLanguagesTouchesDateUpdAndAnswersTheRecord() {
        String xml = without(productXml(8), "manufacturer_name", "quantity")
                .replaceAll("(?s)<name>.*?</name>", "<name><language id=\"1\">Camiseta nueva</language>"
                        + "<language id=\"2\">New T-shirt</language></name>");

        HttpResponse<String> response = store.send("PUT", "/api/products/8?output_format=JSON", xml);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode product = SandboxStore.parse(response.body()).path("product");
        assertThat(product.path("name").get(0).path("value").asText()).isEqualTo("Camiseta nueva");
        assertThat(product.path("name").get(1).path("value").asText()).isEqualTo("New T-shirt");
        assertThat(store.json("/api/products?date=1&filter[date_upd]=[2024-06-15 13:00:00,2024-06-15 13:00:00]")
                .path("products")).extracting(row -> row.path("id").asInt()).contains(8);
    }

    @Test
    void puttingBackWhatGetReturnedFailsOnReadOnlyFields() {
        HttpResponse<String> response = store.send("PUT", "/api/products/9?output_format=JSON", productXml(9));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not writable. Please remove this attribute of this XML");
    }

    @Test
    void aPutLeavingOutAFieldResetsIt() {
        String xml = without(productXml(10), "manufacturer_name", "quantity", "active");

        HttpResponse<String> response = store.send("PUT", "/api/products/10?output_format=JSON", xml);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SandboxStore.parse(response.body()).path("product").path("active").asText()).isEqualTo("0");
    }

    @Test
    void aPartialPutOfAProductIsRefusedAndAPatchIsNot() {
        String partial = "<prestashop><product><id>11</id><price>12.5</price></product></prestashop>";
        String nameBefore = store.json("/api/products/11?language=1").path("product").path("name").asText();

        HttpResponse<String> put = store.send("PUT", "/api/products/11?output_format=JSON", partial);
        HttpResponse<String> patch = store.send("PATCH", "/api/products/11?output_format=JSON&language=1", partial);

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("Validation error");
        assertThat(patch.statusCode()).isEqualTo(200);
        JsonNode product = SandboxStore.parse(patch.body()).path("product");
        assertThat(product.path("price").asText()).isEqualTo("12.500000");
        assertThat(product.path("name").asText()).isEqualTo(nameBefore);
    }

    @Test
    void postCreatesAProduct() {
        String body = "<prestashop><product><price>20</price><reference>NEW-1</reference>"
                + "<name><language id=\"1\">Gorra nueva</language><language id=\"2\">New cap</language></name>"
                + "<link_rewrite><language id=\"1\">gorra-nueva</language><language id=\"2\">new-cap</language></link_rewrite>"
                + "<associations><categories><category><id>2</id></category><category><id>14</id></category></categories>"
                + "</associations></product></prestashop>";

        HttpResponse<String> response = store.send("POST", "/api/products?output_format=JSON", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode product = SandboxStore.parse(response.body()).path("product");
        assertThat(product.path("id").asInt()).isEqualTo(61);
        assertThat(product.path("associations").path("categories")).extracting(row -> row.path("id").asText())
                .containsExactly("2", "14");
        assertThat(store.json("/api/products/61?language=2").path("product").path("name").asText()).isEqualTo("New cap");
        assertThat(store.send("POST", "/api/products", body.replace("<product>", "<product><id>5</id>")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void putCombinationChangesItsImpact() {
        int combination = store.shop.data().combinationsOfProduct.of(12)[0];
        String body = "<prestashop><combination><id>" + combination + "</id><id_product>12</id_product>"
                + "<minimal_quantity>1</minimal_quantity><price>2.5</price></combination></prestashop>";

        HttpResponse<String> response = store.send("PUT", "/api/combinations/" + combination + "?output_format=JSON", body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode written = SandboxStore.parse(response.body()).path("combination");
        assertThat(written.path("price").asText()).isEqualTo("2.500000");
        assertThat(written.path("reference").asText()).as("left out of a PUT, so reset").isEmpty();
    }

    @Test
    void postOrderHistoryChangesTheOrderState() {
        HttpResponse<String> response = store.send("POST", "/api/order_histories?output_format=JSON",
                "<prestashop><order_history><id_order>3</id_order><id_order_state>6</id_order_state>"
                        + "</order_history></prestashop>");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode order = store.json("/api/orders/3").path("order");
        assertThat(order.path("current_state").asText()).isEqualTo("6");
        assertThat(order.path("date_upd").asText()).isEqualTo("2024-06-15 13:00:00");
        assertThat(store.json("/api/order_histories?display=full&filter[id_order]=[3]&sort=[id_DESC]&limit=1")
                .path("order_histories").get(0).path("id_order_state").asText()).isEqualTo("6");
    }

    @Test
    void badXmlIs400WithAMessage() {
        HttpResponse<String> response = store.send("PUT", "/api/stock_availables/1?output_format=JSON",
                "<prestashop><stock_available><id>1</id>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxStore.parse(response.body()).path("errors").get(0).path("message").asText())
                .startsWith("XML error");
    }

    @Test
    void writesAreRefusedWhereTheKeyHasNoRight() {
        assertThat(store.send("POST", "/api/stock_availables", "<prestashop><stock_available/></prestashop>")
                .statusCode()).isEqualTo(405);
        assertThat(store.send("PUT", "/api/orders/1", "<prestashop><order><id>1</id></order></prestashop>")
                .statusCode()).isEqualTo(405);
    }

    @Test
    void blankSchemasGiveTheShapeToWrite() {
        String product = store.get("/api/products?schema=blank").body();
        JsonNode stock = store.json("/api/stock_availables?schema=blank").path("stock_available");

        assertThat(product).contains("<product>").contains("<price></price>")
                .contains("<name>").contains("<language id=\"1\"").contains("<associations>")
                .doesNotContain("<manufacturer_name>");
        assertThat(stock.fieldNames()).toIterable().containsExactly("id", "id_product", "id_product_attribute", "id_shop",
                "id_shop_group", "quantity", "depends_on_stock", "out_of_stock", "location");
        assertThat(stock.path("quantity").asText()).isEmpty();
        assertThat(store.get("/api/combinations?schema=synopsis").statusCode()).isEqualTo(200);
        assertThat(store.get("/api/combinations?schema=other").statusCode()).isEqualTo(400);
    }
}
