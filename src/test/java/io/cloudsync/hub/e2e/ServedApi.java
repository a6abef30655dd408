package io.cloudsync.hub.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.SecretHasher;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Calls the running hub's API the way the CloudSync seed's clients do (base URL {@code http://host:port/v1},
 * {@code Authorization: Bearer}, {@code Content-Type} and {@code Accept: application/json} on every request), and
 * reads the mirror table on its own, for the tests to compare.
 */
final class ServedApi {

    static final String SECRET = "api-test-secret";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String root;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ServedApi(String root) {
        this.root = root;
    }

    /** Hub keys for the clients {@code erp} (read write) and {@code bi} (read), both with {@link #SECRET}. */
    static Map<String, String> clientKeys() {
        String hash = new SecretHasher().hash(SECRET);
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("hub.api.clients", "erp,bi");
        keys.put("hub.api.client.erp.secret-hash", hash);
        keys.put("hub.api.client.erp.scopes", "read write");
        keys.put("hub.api.client.bi.secret-hash", hash);
        keys.put("hub.api.client.bi.scopes", "read");
        return keys;
    }

    String baseUrl() {
        return root + "/v1";
    }

    String root() {
        return root;
    }

    String token(String client) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(root + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=" + SECRET)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for " + client + ": " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    /** {@code GET {base}/{path}?{params}} with the seed's headers. */
    HttpResponse<String> get(String token, String path, Map<String, String> params) throws Exception {
        return send(request(token, path, params).GET());
    }

    HttpResponse<String> put(String token, String path, String body) throws Exception {
        return send(request(token, path, Map.of()).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> options(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String token, String path, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path + query))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    /** One row of the mirror table, read with plain SQL. */
    record MirrorRow(String storeId, String syncAction, boolean deleted, String contentHash, long changeSeq,
                     String payload) {
    }

    /** The mirror's rows of an entity in feed order (change time, then change number). */
    static List<MirrorRow> mirror(DataSource dataSource, String entity) throws Exception {
        List<MirrorRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT store_id, sync_action, deleted,"
                     + " content_hash, change_seq, payload FROM mirror_record WHERE entity = ?"
                     + " ORDER BY changed_at, change_seq")) {
            statement.setString(1, entity);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new MirrorRow(result.getString(1), result.getString(2), result.getBoolean(3),
                            result.getString(4), result.getLong(5), result.getString(6)));
                }
            }
        }
        return rows;
    }

    /** The stock snapshot: quantity by "productId:combinationId". */
    static java.util.Map<String, Integer> stock(DataSource dataSource) throws Exception {
        java.util.Map<String, Integer> quantities = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT product_id, combination_id, quantity FROM stock_snapshot");
             var result = statement.executeQuery()) {
            while (result.next()) {
                quantities.put(result.getLong(1) + ":" + result.getLong(2), result.getInt(3));
            }
        }
        return quantities;
    }
}
