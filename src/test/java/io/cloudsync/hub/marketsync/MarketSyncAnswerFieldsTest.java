package io.cloudsync.hub.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.model.CanonicalJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reading part of an answer gives what the whole answer gives for those fields, and the same errors. */
class MarketSyncAnswerFieldsTest {

    private static final List<String> BODIES = List.of(
            "{\"answer\":[{\"id\":7,\"sku\":\"A-1\",\"ficha\":{\"x\":[1,2,{\"y\":\"ñ😀\"}]}},"
                    + "{\"sku\":\"B\",\"id\":\"8\",\"sku\":\"B-2\"},{\"nombre\":\"sin sku\"},3,null],"
                    + "\"timestamp\":\"2026-01-02T03:04:05\"}",
            "{\"timestamp\":42,\"answer\":{\"ok\":true,\"items\":[1,2]}}",
            "{\"answer\":\"done\"}",
            "{\"answer\":[]}",
            "{\"answer\":null,\"timestamp\":\"t\"}",
            "{\"answer\":{\"ok\":1,\"error\":\"SKU A-1 no existe\"}}",
            "{\"answer\":{\"error\":null}}",
            "{\"answer\":[{\"id\":1}],\"answer\":{\"error\":\"the second one counts\"}}",
            "{\"status\":\"ok\"}",
            "[{\"answer\":1}]",
            "not json at all",
            "{\"answer\":[{\"id\":1,\"sku\":\"A\"}",
            "{\"answer\":[{\"id\":1}]} trailing",
            "");

    private final AtomicReference<HttpResult> next = new AtomicReference<>();
    private final MarketSyncClient client = new MarketSyncClient(new MarketSyncSettings("http://marketsync.test",
            "token", "key", null), new MarketSyncSigner("token", "key"), call -> next.get(), CanonicalJson.mapper());

    @Test
    void aCallWhoseAnswerIsNotReadGetsTheSameOutcomeAsOneReadWhole() {
        for (String body : BODIES) {
            for (int status : List.of(200, 400, 422, 401, 503)) {
                Object whole = outcome(status, body, AnswerFields.ALL);
                Object none = outcome(status, body, AnswerFields.NONE);
                if (whole instanceof String error) {
                    assertThat(none).as(status + " " + body).isEqualTo(error);
                } else {
                    assertThat(none).as(status + " " + body).isInstanceOf(JsonNode.class)
                            .matches(node -> ((JsonNode) node).isMissingNode());
                }
            }
        }
    }

    @Test
    void aCreateReadsTheSkuAndIdOfEachProductAsTheWholeAnswerHasThem() {
        for (String body : BODIES) {
            for (int status : List.of(200, 201, 400)) {
                Object whole = outcome(status, body, AnswerFields.ALL);
                Object some = outcome(status, body, AnswerFields.ofEachItem("sku", "id"));
                if (whole instanceof String error) {
                    assertThat(some).as(status + " " + body).isEqualTo(error);
                } else if (((JsonNode) whole).isArray()) {
                    assertThat(some).as(status + " " + body).isEqualTo(projected((JsonNode) whole));
                } else {
                    assertThat(some).as(status + " " + body).matches(node -> ((JsonNode) node).isMissingNode());
                }
            }
        }
    }

    @Test
    void theTimestampIsReadWithAPartialAnswer() {
        next.set(new HttpResult(200, Map.of(), BODIES.get(0)));
        // getAnswered reads whole; the partial read must agree on the timestamp (the same envelope field)
        assertThat(client.getAnswered("productos", Map.of()).timestamp()).isEqualTo("2026-01-02T03:04:05");
        assertThat(new AnswerReader(CanonicalJson.mapper()).read(BODIES.get(0), AnswerFields.NONE).timestamp())
                .isEqualTo("2026-01-02T03:04:05");
        assertThat(new AnswerReader(CanonicalJson.mapper()).read(BODIES.get(1), AnswerFields.NONE).timestamp())
                .isNull();
    }

    private Object outcome(int status, String body, AnswerFields fields) {
        next.set(new HttpResult(status, Map.of(), body));
        try {
            return client.send("POST", "productos", Map.of(), "[]", fields);
        } catch (MarketSyncException e) {
            return e.status() + " " + e.getMessage();
        }
    }

    private static JsonNode projected(JsonNode whole) {
        ArrayNode items = CanonicalJson.mapper().createArrayNode();
        for (JsonNode item : whole) {
            if (item.isObject()) {
                ObjectNode kept = CanonicalJson.mapper().createObjectNode();
                item.fields().forEachRemaining(field -> {
                    if (field.getKey().equals("sku") || field.getKey().equals("id")) {
                        kept.set(field.getKey(), field.getValue());
                    }
                });
                items.add(kept);
            } else {
                items.add(item);
            }
        }
        return items;
    }
}
