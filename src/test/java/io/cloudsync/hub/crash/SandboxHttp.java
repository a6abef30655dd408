package io.cloudsync.hub.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** JSON over HTTP to the sandbox's control and inspection APIs, and waiting for what they show. */
final class SandboxHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The answer's JSON, or null when the server is not up or answers other than 200. */
    JsonNode get(String url) throws IOException, InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (java.net.ConnectException e) {
            return null;
        }
    }

    int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends a JSON body; a non-2xx answer is an error naming it. */
    JsonNode send(String verb, String url, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .method(verb, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(verb + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** Every order of the store's {@code marketsync} payment module (the control API's list, paged by id). */
    List<JsonNode> storeOrders(String store) throws IOException, InterruptedException {
        List<JsonNode> orders = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = get(store + "/_sandbox/orders?module=marketsync&limit=500&after=" + after);
            if (page == null || page.path("orders").isEmpty()) {
                return orders;
            }
            for (JsonNode order : page.path("orders")) {
                orders.add(order);
                after = Math.max(after, order.path("id").asLong());
            }
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }

    static void await(Duration atMost, String what, Check check) {
        Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(check::ok);
    }

    /** Waits like {@link #await} but returns instead of failing, so the caller's assertions say what is missing. */
    static boolean awaitQuietly(Duration atMost, Check check) {
        try {
            await(atMost, "", check);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
