package io.cloudsync.hub.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running sandbox store for a test: a small deterministic shop (frozen clock, no live activity) and an HTTP
 * client that talks to it over loopback like the hub does.
 */
final class SandboxStore implements AutoCloseable {

    static final String KEY = StoreSandboxSettings.SANDBOX_KEY;
    static final Instant START = Instant.parse("2024-06-15T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final Vertx vertx = Vertx.vertx();
    final StoreSimulator simulator;
    final SandboxShop shop;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    SandboxStore(StoreSandboxSettings settings) {
        this(settings, START);
    }

    SandboxStore(StoreSandboxSettings settings, Instant start) {
        simulator = StoreSimulator.start(vertx, settings, new ShopClock(Clock.systemUTC(), start, true));
        shop = simulator.shop();
    }

    static StoreSandboxSettings settings(int products) {
        return new StoreSandboxSettings(0, KEY, products, 42, "Europe/Madrid", List.of("es", "en"), 20, 40, 30, 0);
    }

    static SandboxStore small() {
        return new SandboxStore(settings(60));
    }

    /** GET with the key as HTTP Basic user (empty password). */
    HttpResponse<String> get(String path) {
        return send(request(path).header("Authorization", basic(KEY)).GET());
    }

    /** GET with JSON output, parsed. */
    JsonNode json(String path) {
        HttpResponse<String> response = get(path + (path.contains("?") ? "&" : "?") + "output_format=JSON");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return send(request(path).header("Authorization", basic(KEY)).method(method, publisher));
    }

    /** A control API call (no key). */
    HttpResponse<String> control(String method, String path, String jsonBody) {
        HttpRequest.BodyPublisher publisher = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "application/json").method(method, publisher));
    }

    /** A request to {@code path}, whose query is written raw ({@code filter[id]=[1|2]}) and encoded here. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.url() + encodeQuery(path))).timeout(Duration.ofSeconds(30));
    }

    static String encodeQuery(String path) {
        int question = path.indexOf('?');
        if (question < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.substring(0, question + 1));
        String[] pairs = path.substring(question + 1).split("&");
        for (int i = 0; i < pairs.length; i++) {
            int equals = pairs[i].indexOf('=');
            String key = equals < 0 ? pairs[i] : pairs[i].substring(0, equals);
            out.append(i == 0 ? "" : "&").append(URLEncoder.encode(key, StandardCharsets.UTF_8));
            if (equals >= 0) {
                out.append('=').append(URLEncoder.encode(pairs[i].substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        simulator.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
