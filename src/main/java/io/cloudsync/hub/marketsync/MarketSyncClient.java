package io.cloudsync.hub.marketsync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Signed calls to {@code {url}/api/{controller}}; returns the envelope's {@code answer}. */
public final class MarketSyncClient {

    private final MarketSyncSettings settings;
    private final MarketSyncSigner signer;
    private final HttpTransport transport;
    private final ObjectMapper json;
    private final AnswerReader answers;

    public MarketSyncClient(MarketSyncSettings settings, MarketSyncSigner signer, HttpTransport transport,
                            ObjectMapper json) {
        this.settings = settings;
        this.signer = signer;
        this.transport = transport;
        this.json = json;
        this.answers = new AnswerReader(json);
    }

    /** A call's {@code answer}, and the envelope's {@code timestamp}: when MarketSync answered, Mexico City time. */
    public record Answered(JsonNode answer, String timestamp) {
    }

    public JsonNode get(String controller, Map<String, String> params) {
        return send("GET", controller, params, null);
    }

    /** {@link #get}, with the time MarketSync answered ({@code null} when its envelope has none). */
    public Answered getAnswered(String controller, Map<String, String> params) {
        return exchange("GET", controller, params, null, AnswerFields.ALL);
    }

    /**
     * {@code POST stock {update_stock}}: sets MarketSync's one stock cut-off date, after which it deducts the
     * marketplace orders it registers from the stock it was sent.
     *
     * @param mexicoCityDateTime {@code YYYY-MM-DDTHH:mm:ss}, Mexico City wall-clock time
     */
    public JsonNode setStockCutoff(String mexicoCityDateTime) {
        return send("POST", "stock", Map.of(), json.createObjectNode().put("update_stock", mexicoCityDateTime)
                .toString());
    }

    public JsonNode send(String method, String controller, Map<String, String> params, String body) {
        return send(method, controller, params, body, AnswerFields.ALL);
    }

    /**
     * {@link #send}, reading only {@code fields} of the answer: a {@link MissingNode} when none are, a list of
     * objects with only those fields when some are. Errors are detected and described as by {@link #send}.
     */
    public JsonNode send(String method, String controller, Map<String, String> params, String body,
                         AnswerFields fields) {
        return exchange(method, controller, params, body, fields).answer();
    }

    private Answered exchange(String method, String controller, Map<String, String> params, String body,
                              AnswerFields fields) {
        String base = settings.url() + "/api/" + controller;
        String query = signer.signedQuery(params);
        String callQuery = MarketSyncSigner.canonical(params);
        String redacted = base + "?" + callQuery + (callQuery.isEmpty() ? "" : "&") + "token=***&signature=***";
        Map<String, String> headers = body == null ? Map.of("Accept", "application/json")
                : Map.of("Accept", "application/json", "Content-Type", "application/json");
        HttpResult result = transport.execute(new HttpCall(method, base + "?" + query, redacted, headers, body));
        if (result.isSuccess() && !fields.all()) {
            Answered read = answers.read(result.body(), fields);
            if (read != null) {
                return read;
            }
        }
        return answerOf(controller, result);
    }

    /**
     * {@code PUT pedidos {referencia, estatus, comentario}}: the order's status on its marketplace, and a comment
     * in its history. {@code estatus} must be a word the order's marketplace knows, or MarketSync refuses it.
     */
    public JsonNode updateOrderStatus(String referencia, String estatus, String comentario) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("referencia", referencia);
        item.put("estatus", estatus);
        item.put("comentario", comentario);
        try {
            return send("PUT", "pedidos", Map.of(), json.writeValueAsString(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a pedidos update", e);
        }
    }

    /** {@code GET pedidos?orders=…}: those orders as MarketSync holds them (a list; unknown ids are absent). */
    public JsonNode orders(Collection<Long> marketSyncOrderIds) {
        return get("pedidos", Map.of("orders", commaList(marketSyncOrderIds)));
    }

    /**
     * {@code GET guias?orders=…}: the shipping labels of those orders, {@code {id, pedido_id, guia, mensajeria,
     * estatus, fecha, label}} each ({@code label}: a tracking URL, an error text, or a base64 file).
     */
    public JsonNode guides(Collection<Long> marketSyncOrderIds) {
        return get("guias", Map.of("orders", commaList(marketSyncOrderIds)));
    }

    private static String commaList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Answered answerOf(String controller, HttpResult result) {
        JsonNode envelope = null;
        try {
            envelope = json.readTree(result.body());
        } catch (JsonProcessingException e) {
            if (result.isSuccess()) {
                throw new MarketSyncException(0, "MarketSync sent a body that is not JSON on " + controller + ": "
                        + result.bodySnippet());
            }
        }
        String detail = envelope == null ? result.bodySnippet() : errorText(envelope, result);
        if (result.status() == 401 || result.status() == 403) {
            throw new MarketSyncException(result.status(), "MarketSync rejected the request signature (HTTP "
                    + result.status() + " on " + controller + "): " + detail
                    + ". Check hub.marketsync.token and hub.marketsync.private-key");
        }
        if (!result.isSuccess()) {
            throw new MarketSyncException(result.status(), "MarketSync answered HTTP " + result.status() + " on "
                    + controller + ": " + detail, result.retryAfter().orElse(null));
        }
        JsonNode answer = envelope.path("answer");
        if (answer.isMissingNode()) {
            throw new MarketSyncException(0, "MarketSync's answer has no 'answer' field on " + controller + ": "
                    + result.bodySnippet());
        }
        if (answer.isObject() && answer.has("error")) {
            throw new MarketSyncException(result.status(), "MarketSync refused " + controller + ": "
                    + answer.path("error").asText());
        }
        JsonNode timestamp = envelope.path("timestamp");
        return new Answered(answer, timestamp.isTextual() ? timestamp.asText() : null);
    }

    private static String errorText(JsonNode envelope, HttpResult result) {
        JsonNode answer = envelope.path("answer");
        if (answer.hasNonNull("error")) {
            return answer.path("error").asText();
        }
        if (envelope.hasNonNull("error")) {
            return envelope.path("error").asText();
        }
        if (envelope.hasNonNull("message")) {
            return envelope.path("message").asText();
        }
        return result.bodySnippet();
    }
}
