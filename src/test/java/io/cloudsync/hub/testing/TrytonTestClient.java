package io.cloudsync.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A JSON-RPC client for test assertions against one Tryton database, logged in once as one user. */
public final class TrytonTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI endpoint;
    private final String login;
    private final String password;
    private final AtomicLong ids = new AtomicLong();
    private String authorization;

    /** {@code url} is the server's ({@code http://127.0.0.1:PORT/}), {@code database} the one to work in. */
    public TrytonTestClient(String url, String database, String login, String password) {
        this.endpoint = URI.create(url.endsWith("/") ? url : url + "/").resolve(database + "/");
        this.login = login;
        this.password = password;
    }

    /** The method's {@code result}; a Tryton error (user, access or server error) is thrown with its text. */
    public JsonNode call(String method, Object... params) {
        return send(method, Arrays.asList(params), authorization());
    }

    /** The user's preferences, the context model calls need (company, language). */
    public Map<String, Object> context() {
        return JSON.convertValue(call("model.res.user.get_preferences", true, Map.of()), Map.class);
    }

    private synchronized String authorization() {
        if (authorization == null) {
            JsonNode session = send("common.db.login", List.of(login, Map.of("password", password), "en"), null);
            if (!session.isArray()) {
                throw new IllegalStateException("Tryton refused the login of " + login + " at " + endpoint);
            }
            String token = login + ":" + session.get(0).asText() + ":" + session.get(1).asText();
            authorization = "Session " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
        }
        return authorization;
    }

    private JsonNode send(String method, List<Object> params, String auth) {
        try {
            String body = JSON.writeValueAsString(
                    Map.of("id", ids.incrementAndGet(), "method", method, "params", params));
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " at " + endpoint + ": HTTP " + response.statusCode());
            }
            JsonNode answer = JSON.readTree(response.body());
            if (answer.hasNonNull("error")) {
                throw new IllegalStateException(method + " at " + endpoint + " failed: " + answer.get("error"));
            }
            return answer.get("result");
        } catch (IOException e) {
            throw new IllegalStateException(method + " at " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " at " + endpoint + " interrupted", e);
        }
    }
}
