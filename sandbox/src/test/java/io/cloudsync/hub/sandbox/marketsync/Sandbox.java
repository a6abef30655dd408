package io.cloudsync.hub.sandbox.marketsync;

import io.cloudsync.hub.testing.JdkHttpTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.sandbox.BindHost;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A running simulator with the hub's MarketSyncClient pointed at it, and raw HTTP for what the client never sends. */
final class Sandbox implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Vertx vertx;
    final MarketSyncSimulator simulator;
    final MarketSyncClient client;
    final MarketSyncSigner signer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Sandbox(MarketSyncSandboxSettings settings, Clock clock) {
        vertx = Vertx.vertx();
        simulator = MarketSyncSimulator.start(vertx, settings, BindHost.LOOPBACK, clock);
        MarketSyncSettings clientSettings = new MarketSyncSettings(simulator.url(),
                MarketSyncSandboxSettings.SANDBOX_TOKEN, MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY, "");
        signer = clientSettings.signer();
        client = new MarketSyncClient(clientSettings, signer, new JdkHttpTransport(), JSON);
    }

    /** Nothing happens by itself: publication after an hour, no rate limit, no orders. */
    static Sandbox quiet() {
        return with(Duration.ofHours(1), 0, 0);
    }

    static Sandbox with(Duration publishDelay, int rateLimitPerSecond, int ordersPerMinute) {
        return new Sandbox(MarketSyncSandboxSettings.of(0, 42, publishDelay, rateLimitPerSecond, ordersPerMinute),
                Clock.systemUTC());
    }

    /** Quiet, on a clock the test moves (the signature window allows it to stray 15 minutes from real time). */
    static Sandbox on(Clock clock) {
        return new Sandbox(MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0), clock);
    }

    /** Quiet but for the marketplaces, which cancel an earlier order with each tick at {@code percent}. */
    static Sandbox cancelling(int percent) {
        return new Sandbox(MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0, percent),
                Clock.systemUTC());
    }

    MarketSyncState state() {
        return simulator.state();
    }

    /** Back to an empty seller account, no faults, an empty request log. */
    void reset() {
        simulator.state().reset();
        simulator.faults().clearAll();
        simulator.requests().clear();
    }

    JsonNode get(String controller, Map<String, String> params) {
        return client.get(controller, params);
    }

    JsonNode get(String controller) {
        return get(controller, Map.of());
    }

    JsonNode send(String verb, String controller, JsonNode body) {
        return client.send(verb, controller, Map.of(), body.toString());
    }

    /** The failure the client raises for a call the simulator refuses. */
    MarketSyncException refused(String verb, String controller, JsonNode body) {
        MarketSyncException refused = catchThrowableOfType(MarketSyncException.class,
                () -> send(verb, controller, body));
        assertThat(refused).as("%s %s refused", verb, controller).isNotNull();
        return refused;
    }

    /** Creates products with those SKUs (valid items); returns the id of the first. */
    long createProducts(String... skus) {
        JsonNode created = send("POST", "productos", Items.array(java.util.Arrays.stream(skus).map(Items::product)
                .toArray(JsonNode[]::new)));
        return created.get(0).path("id").asLong();
    }

    long createProductWithVariation(String sku, String variationSku) {
        long id = createProducts(sku);
        send("POST", "variacion", Items.array(Items.variation(id, variationSku)));
        return id;
    }

    /** A product with one variation (stock 10), priced 399/349 and published at once on {@code markets}. */
    long sellOn(String sku, String variationSku, int... markets) {
        long id = createProductWithVariation(sku, variationSku);
        for (int market : markets) {
            send("PUT", "precios", Items.array(Items.NODES.objectNode().put("product_id", id)
                    .put("market_id", market).put("precio", 399).put("oferta", 349)));
            send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                    .put("market_id", market)));
        }
        return id;
    }

    /** Inspection API: a buyer orders {@code units} of a seller SKU on a market; answers the order's view. */
    JsonNode buy(int marketId, String sellerSku, int units, boolean fulfillment) {
        String body = "{\"market_id\": " + marketId + ", \"lines\": [{\"sku\": \"" + sellerSku
                + "\", \"cantidad\": " + units + ", \"fulfillment\": " + fulfillment + "}]}";
        HttpResponse<String> answer = raw("POST", "/_sandbox/marketplace/orders", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return parse(answer.body());
    }

    /** The seller SKU's teorico as GET stock shows it. */
    int teorico(String parentSku, String sellerSku) {
        for (JsonNode variation : get("stock", Map.of("skus", parentSku)).get(0).path("skus")) {
            if (variation.path("seller_sku").asText().equals(sellerSku)) {
                return Integer.parseInt(variation.path("teorico").asText());
            }
        }
        throw new AssertionError("no " + sellerSku + " in GET stock of " + parentSku);
    }

    /** Raw HTTP, for requests the hub's client would never send (bad signatures, huge bodies, inspection API). */
    HttpResponse<String> raw(String method, String pathAndQuery, String body) {
        return raw(method, pathAndQuery, body, "application/json");
    }

    HttpResponse<String> raw(String method, String pathAndQuery, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.url() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A signed query string for the sandbox key pair, with the current timestamp. */
    String signed(Map<String, String> params) {
        return signer.signedQuery(params);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() throws Exception {
        simulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
