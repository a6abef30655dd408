package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** filter, date, sort and limit as PrestaShop reads them, quirks included. */
class ListParametersTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static List<Integer> ids(String query) {
        HttpResponse<String> response = store.get(query + (query.contains("?") ? "&" : "?") + "output_format=JSON");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = SandboxStore.parse(response.body());
        List<Integer> ids = new ArrayList<>();
        JsonNode rows = body.isArray() ? body : body.elements().next();
        rows.forEach(row -> ids.add(row.path("id").asInt()));
        return ids;
    }

    @Test
    void orListIntervalAndEquals() {
        assertThat(ids("/api/products?filter[id]=[1|3|5]")).containsExactly(1, 3, 5);
        assertThat(ids("/api/products?filter[id]=[10,13]")).containsExactly(10, 11, 12, 13);
        assertThat(ids("/api/products?filter[id]=[13,10]")).containsExactly(10, 11, 12, 13);
        assertThat(ids("/api/products?filter[id]=[7]")).containsExactly(7);
        assertThat(ids("/api/products?filter[id]=7")).containsExactly(7);
    }

    @Test
    void greaterLessAndNot() {
        assertThat(ids("/api/products?filter[id]=>[57]")).containsExactly(58, 59, 60);
        assertThat(ids("/api/products?filter[id]=<[3]")).containsExactly(1, 2);
        assertThat(ids("/api/products?filter[id]=![1|2]")).doesNotContain(1, 2).hasSize(58);
    }

    @Test
    void anUnknownOperatorAddsNoConditionAtAll() {
        assertThat(ids("/api/products?filter[id]=>=[58]")).hasSize(60);
    }

    @Test
    void textEqualityIgnoresCaseAndLikeMatchesInAnyLanguage() {
        String reference = store.json("/api/products/7?display=[reference]").path("product").path("reference").asText();
        assertThat(ids("/api/products?filter[reference]=[" + reference.toLowerCase(Locale.ROOT) + "]")).contains(7);

        JsonNode all = store.json("/api/products?display=[id,name]&language=1");
        List<Integer> spanishMatches = new ArrayList<>();
        all.path("products").forEach(product -> {
            if (product.path("name").asText().toLowerCase(Locale.ROOT).contains("algodón")) {
                spanishMatches.add(product.path("id").asInt());
            }
        });
        assertThat(spanishMatches).isNotEmpty();
        assertThat(ids("/api/products?filter[name]=%[ALGODÓN]%")).containsExactlyElementsOf(spanishMatches);
    }

    @Test
    void filteringOnDatesNeedsDateEqualsOne() {
        HttpResponse<String> refused = store.get("/api/products?filter[date_upd]=[2024-01-01 00:00:00,2024-12-31 00:00:00]"
                + "&output_format=JSON");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(SandboxStore.parse(refused.body()).path("errors").get(0).path("message").asText())
                .startsWith("This filter does not exist");
        assertThat(ids("/api/products?date=1&filter[date_upd]=[2000-01-01 00:00:00,2030-01-01 00:00:00]")).hasSize(60);
    }

    @Test
    void aDateOnlyUpperBoundSilentlyDropsThatDay() {
        store.shop.editProduct(1, Map.of("price", io.cloudsync.hub.sandbox.store.model.FieldInput.of("10")));
        String updated = store.json("/api/products/1?display=[date_upd]").path("product").path("date_upd").asText();
        assertThat(updated).isEqualTo("2024-06-15 12:00:00");

        assertThat(ids("/api/products?date=1&filter[date_upd]=[2024-06-15 00:00:00,2024-06-15]")).doesNotContain(1);
        assertThat(ids("/api/products?date=1&filter[date_upd]=[2024-06-15 00:00:00,2024-06-15 23:59:59]")).contains(1);
        assertThat(ids("/api/products?date=1&filter[date_upd]=>[2024-06-15 11:59:59]")).containsExactly(1);
    }

    @Test
    void aBoundWithATOrAnOffsetIsNoIntervalAndMatchesNothing() {
        assertThat(store.get("/api/products?date=1&filter[date_upd]=[2000-01-01T00:00:00,2030-01-01T00:00:00]"
                + "&output_format=JSON").body()).isEqualTo("[]");
        assertThat(store.get("/api/products?date=1&filter[date_upd]=[2000-01-01 00:00:00+02:00,2030-01-01 00:00:00]"
                + "&output_format=JSON").body()).isEqualTo("[]");
    }

    @Test
    void sortOnAnyFieldBothDirections() {
        JsonNode byPrice = store.json("/api/products?display=[id,price]&sort=[price_DESC,id_ASC]");
        List<Double> prices = new ArrayList<>();
        byPrice.path("products").forEach(product -> prices.add(product.path("price").asDouble()));
        assertThat(prices).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        assertThat(ids("/api/products?sort=id_DESC&limit=3")).containsExactly(60, 59, 58);
        JsonNode byDate = store.json("/api/products?display=[id,date_upd]&date=1&sort=[date_upd_ASC,id_ASC]");
        List<String> dates = new ArrayList<>();
        byDate.path("products").forEach(product -> dates.add(product.path("date_upd").asText()));
        assertThat(dates).isSorted();
    }

    @Test
    void sortingOnADateWithoutDateEqualsOneOrWithABadShapeIsRefused() {
        HttpResponse<String> date = store.get("/api/products?sort=[date_upd_ASC]&output_format=JSON");
        HttpResponse<String> shape = store.get("/api/products?sort=[id]&output_format=JSON");

        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("Unable to filter by this field");
        assertThat(shape.statusCode()).isEqualTo(400);
    }

    @Test
    void limitIsOffsetCommaCountOrJustCount() {
        assertThat(ids("/api/products?limit=10,5")).containsExactly(11, 12, 13, 14, 15);
        assertThat(ids("/api/products?limit=5")).containsExactly(1, 2, 3, 4, 5);
        assertThat(ids("/api/products?limit=58,10")).containsExactly(59, 60);
        assertThat(store.get("/api/products?limit=100,10&output_format=JSON").body()).isEqualTo("[]");
        assertThat(store.get("/api/products?limit=1,2,3").statusCode()).isEqualTo(400);
    }

    @Test
    void aBareOffsetIsSilentlyIgnored() {
        assertThat(ids("/api/products?offset=10&limit=5")).containsExactly(1, 2, 3, 4, 5);
        assertThat(ids("/api/products?offset=50")).hasSize(60);
    }

    @Test
    void hundredsOfProductIdsInOneFilterOnChildResources() {
        String ids = IntStream.rangeClosed(1, 400).mapToObj(Integer::toString).collect(Collectors.joining("|"));
        int combinations = store.shop.data().combinations.size();
        int stockRows = store.shop.data().stockAvailables.size();
        int specificPrices = store.shop.data().specificPrices.size();

        assertThat(ids("/api/combinations?display=[id,id_product]&filter[id_product]=[" + ids + "]")).hasSize(combinations);
        assertThat(ids("/api/stock_availables?display=full&filter[id_product]=[" + ids + "]")).hasSize(stockRows);
        assertThat(ids("/api/specific_prices?display=full&filter[id_product]=[" + ids + "]")).hasSize(specificPrices);
        assertThat(ids("/api/images/products?filter[id_product]=[" + ids + "]")).hasSize(60);
        assertThat(ids("/api/combinations?display=full&filter[id_product]=[2|3]"))
                .containsExactlyElementsOf(IntStream.concat(
                        IntStream.of(store.shop.data().combinationsOfProduct.of(2)),
                        IntStream.of(store.shop.data().combinationsOfProduct.of(3))).sorted().boxed().toList());
    }

    @Test
    void filteringOnAComputedFieldOrAnUnknownFieldIsRefused() {
        HttpResponse<String> dynamic = store.get("/api/products?filter[manufacturer_name]=[x]&output_format=JSON");
        HttpResponse<String> unknown = store.get("/api/products?filter[nope]=[x]&output_format=JSON");
        HttpResponse<String> malformed = store.get("/api/products?filter[id]=&output_format=JSON");

        assertThat(dynamic.statusCode()).isEqualTo(400);
        assertThat(dynamic.body()).contains("is dynamic");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("This filter does not exist. Did you mean");
        assertThat(malformed.statusCode()).isEqualTo(400);
    }
}
