package io.cloudsync.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.cloudsync.hub.api.ApiHarness;
import io.cloudsync.hub.api.ForgedTokens;
import io.cloudsync.hub.api.KeyRing;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8's attacks that the hub refuses, replayed on one running hub: forged tokens on a read, a write and an
 * admin route; every operation of the served OpenAPI document with a token that lacks its scope; SQL injection
 * in every declared query and path parameter and in the product write body; oversized and malformed bodies;
 * path traversal towards files outside the served folders.
 */
@ExtendWith(Attacks.class)
class RefusedAttacksTest {

    private static final String FINDING = "refused";
    private static final String ALL_SCOPES = "read write admin";
    private static final String PRODUCTS = "/v1/sync/products";
    private static final String EMPTY_WRITE = "{\"products\":[]}";
    private static final List<Call> ROUTES = List.of(new Call("read", "GET", PRODUCTS, null),
            new Call("write", "PUT", PRODUCTS, EMPTY_WRITE), new Call("admin", "GET", "/v1/admin/sync-status", null));
    /** Sent URL-encoded, except the last, which is already encoded as an attacker would send it. */
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1;DROP TABLE mirror_record--");
    private static final String PRE_ENCODED_INJECTION = "%27%20OR%201=1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small, so the oversized bodies stay cheap; the malformed bodies below stay under it. */
    private static final long MAX_BODY_BYTES = 64 * 1024;

    @TempDir
    static Path dir;
    static ApiHarness hub;
    static RSAKey hubKey;
    static String ops;
    static Set<String> tablesBefore;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of("hub.api.max-body-bytes", Long.toString(MAX_BODY_BYTES)));
        hubKey = hub.bean("apiKeyRing", KeyRing.class).active().pair();
        ops = hub.token("ops");
        // a few mirrored products, so that an injection answering more rows than asked for shows
        new MirrorRepository(hub.bean("dataSource", DataSource.class)).upsertPage("products", List.of(
                MirrorUpsert.of("1", "SKU-1", "{\"id\":1,\"reference\":\"SKU-1\",\"name\":\"uno\"}"),
                MirrorUpsert.of("2", "SKU-2", "{\"id\":2,\"reference\":\"SKU-2\",\"name\":\"dos\"}"),
                MirrorUpsert.of("3", "SKU-3", "{\"id\":3,\"reference\":\"SKU-3\",\"name\":\"tres\"}")));
        tablesBefore = tables();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    /** One request: method, path, JSON body (null for none). */
    record Call(String name, String method, String path, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Forgery {
        Map<String, String> headers() throws Exception;
    }

    @FunctionalInterface
    interface TokenMaker {
        String make() throws Exception;
    }

    record Forged(String name, Forgery forgery) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> forgedTokens() {
        Instant now = Instant.now();
        UnaryOperator<JWTClaimsSet.Builder> same = c -> c;
        List<Forged> forgeries = List.of(
                bearer("alg none", () -> ForgedTokens.unsigned(ForgedTokens.claims("ops", ALL_SCOPES).build())),
                bearer("HS256 signed with the published public key",
                        () -> ForgedTokens.hmacWithPublicKey(hubKey.toPublicJWK(), ForgedTokens.claims("ops", ALL_SCOPES).build())),
                bearer("signed by another RSA key", () -> ForgedTokens.signedBy(ForgedTokens.otherKey("stranger"), same)),
                bearer("another RSA key under the hub's kid", () -> ForgedTokens.rs256(ForgedTokens.otherKey("x"),
                        hubKey.getKeyID(), ForgedTokens.claims("ops", ALL_SCOPES).build())),
                bearer("the hub's key under a wrong kid", () -> ForgedTokens.rs256(hubKey, hubKey.getKeyID() + "-not",
                        ForgedTokens.claims("ops", ALL_SCOPES).build())),
                bearer("expired", () -> ForgedTokens.signedBy(hubKey, c -> c
                        .issueTime(Date.from(now.minus(Duration.ofHours(3))))
                        .notBeforeTime(Date.from(now.minus(Duration.ofHours(3))))
                        .expirationTime(Date.from(now.minus(Duration.ofHours(2)))))),
                bearer("not valid yet", () -> ForgedTokens.signedBy(hubKey, c -> c
                        .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10)))))),
                bearer("wrong issuer", () -> ForgedTokens.signedBy(hubKey, c -> c.issuer("someone-else"))),
                bearer("wrong audience", () -> ForgedTokens.signedBy(hubKey, c -> c.audience("other-api"))),
                bearer("no expiry", () -> ForgedTokens.signedBy(hubKey, c -> c.expirationTime(null))),
                bearer("no issuer", () -> ForgedTokens.signedBy(hubKey, c -> c.issuer(null))),
                bearer("no audience", () -> ForgedTokens.signedBy(hubKey, c -> c.audience((String) null))),
                bearer("no client (sub, client_id)", () -> ForgedTokens.signedBy(hubKey,
                        c -> c.subject(null).claim("client_id", null))),
                bearer("a reader's token with its scope tampered to admin", () -> tampered(hub.token("reader"))),
                bearer("garbage", () -> "not-a.jwt"),
                bearer("garbage in three parts", () -> "eyJhbGciOi.eyJzdWIiOi.c2ln"),
                new Forged("Bearer with an empty token", () -> Map.of("Authorization", "Bearer ")),
                new Forged("a valid token in a cookie", () -> Map.of("Cookie", "access_token=" + ops + "; token=" + ops)));
        return forgeries.stream().flatMap(f -> ROUTES.stream().map(route -> Arguments.of(f, route)));
    }

    private static Forged bearer(String name, TokenMaker token) {
        return new Forged(name, () -> Map.of("Authorization", "Bearer " + token.make()));
    }

    @ParameterizedTest(name = "{0} on the {1} route")
    @MethodSource("forgedTokens")
    void forgedTokensAreRefused(Forged forged, Call route) throws Exception {
        HttpResponse<String> answer = send(route.method(), route.path(), route.body(), forged.forgery().headers());

        Attacks.refused(FINDING, forged.name() + " on the " + route.name() + " route (" + route.method() + " "
                + route.path() + ")", answer.statusCode() == 401, Answers.seen(answer));
    }

    @Test
    void aValidTokenInTheQueryStringIsNoBearerToken() throws Exception {
        for (Call route : ROUTES) {
            HttpResponse<String> answer = send(route.method(), route.path() + "?access_token=" + ops, route.body(), Map.of());

            Attacks.refused(FINDING, "a valid token as ?access_token= on the " + route.name() + " route",
                    answer.statusCode() == 401, Answers.seen(answer));
        }
    }

    static List<ApiOperation> operations() throws Exception {
        return ApiOperation.of(JSON.readTree(hub.get("/v1/openapi.json", null).body()));
    }

    @Test
    void theOpenApiDocumentListsTheOperationsTheAttacksEnumerate() throws Exception {
        List<ApiOperation> operations = operations();

        assertThat(operations).extracting(ApiOperation::toString)
                .contains("GET /v1/sync/products", "PUT /v1/sync/products", "GET /v1/admin/sync-status",
                        "POST /v1/admin/keys/rotate", "GET /v1/reports/{type}/export");
        assertThat(operations).filteredOn(o -> o.path().startsWith("/v1/"))
                .allSatisfy(o -> assertThat(o.scopes()).as(o.toString()).isNotEmpty());
    }

    @Test
    void aTokenWithoutTheScopeOfAnOperationIsRefused() throws Exception {
        Map<String, String> tokens = Map.of("read", hub.token("reader"), "write", hub.token("writer"));
        for (ApiOperation operation : operations()) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                if (operation.scopes().isEmpty() || operation.scopes().contains(token.getKey())) {
                    continue;
                }
                HttpResponse<String> answer = send(operation.method(), operation.filledPath(),
                        bodyFor(operation), Map.of("Authorization", "Bearer " + token.getValue()));

                Attacks.refused(FINDING, "a " + token.getKey() + " token on " + operation + " (scope "
                        + String.join("|", operation.scopes()) + ")", answer.statusCode() == 403, Answers.seen(answer));
            }
        }
    }

    @Test
    void sqlInjectionInEveryParameterIsRefusedOrHarmless() throws Exception {
        for (ApiOperation operation : operations()) {
            if (operation.query().isEmpty() && operation.pathParameters().isEmpty()) {
                continue; // nothing to inject but a body (the product write's, below)
            }
            HttpResponse<String> baseline = send(operation.method(), operation.filledPath(), bodyFor(operation), auth());
            for (String parameter : operation.parameters()) {
                for (String payload : payloads()) {
                    boolean inPath = operation.pathParameters().contains(parameter);
                    String path = inPath ? operation.filledPath(parameter, payload)
                            : operation.filledPath() + "?" + parameter + "=" + payload;
                    HttpResponse<String> answer = send(operation.method(), path, bodyFor(operation), auth());

                    Attacks.refused(FINDING, "SQL injection " + decoded(payload) + " in " + parameter + " of "
                            + operation, Answers.harmless(answer, baseline), Answers.seen(answer));
                }
            }
        }
        Attacks.refused(FINDING, "SQL injection in parameters leaves every table in place",
                tables().containsAll(tablesBefore), "tables now " + tables());
    }

    @Test
    void sqlInjectionInTheProductWriteBodyIsRefusedOrHarmless() throws Exception {
        for (String payload : List.of(INJECTIONS.get(0), INJECTIONS.get(1), "1 OR 1=1", "x'); DROP TABLE mirror_record;--")) {
            for (String field : List.of("name", "description_short", "description", "reference", "version", "id",
                    "price", "quantity", "active", "combination_id")) {
                ObjectNode item = JSON.createObjectNode().put("id", 1).put(field, payload);
                String body = JSON.writeValueAsString(JSON.createObjectNode().set("products", JSON.createArrayNode().add(item)));

                HttpResponse<String> answer = send("PUT", PRODUCTS, body, auth());

                boolean refused = answer.statusCode() != 500 && Answers.isJson(answer.body())
                        && !answer.body().toLowerCase(Locale.ROOT).contains("sql");
                Attacks.refused(FINDING, "SQL injection " + payload + " in the write body's " + field, refused, Answers.seen(answer));
            }
        }
        Attacks.refused(FINDING, "SQL injection in the write body leaves every table in place",
                tables().containsAll(tablesBefore), "tables now " + tables());
    }

    @Test
    void oversizedBodiesAreRefusedWith413() throws Exception {
        byte[] big = oversized(MAX_BODY_BYTES);
        HttpRequest.Builder declared = request("PUT", PRODUCTS, auth())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(big));
        HttpRequest.Builder chunked = request("PUT", PRODUCTS, auth())
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        HttpResponse<String> declaredAnswer = hub.send(declared);
        HttpResponse<String> chunkedAnswer = hub.send(chunked);

        Attacks.refused(FINDING, "a body of " + big.length + " bytes (Content-Length) over hub.api.max-body-bytes",
                declaredAnswer.statusCode() == 413, Answers.seen(declaredAnswer));
        Attacks.refused(FINDING, "a chunked body of " + big.length + " bytes over hub.api.max-body-bytes",
                chunkedAnswer.statusCode() == 413, Answers.seen(chunkedAnswer));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("broken JSON", "{\"products\": [{\"id\": 1,"),
                Arguments.of("not JSON at all", "<products><id>1</id></products>"),
                Arguments.of("products not a list", "{\"products\": \"all\"}"),
                Arguments.of("a list instead of an object", "[{\"id\": 1}]"),
                Arguments.of("an item that is not an object", "{\"products\": [42]}"),
                Arguments.of("deep nesting, 10,000 levels", "{\"products\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
                Arguments.of("deep nesting of objects, 10,000 levels",
                        "{\"products\": [" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "]}"),
                Arguments.of("a huge number as id", "{\"products\": [{\"id\": 1" + "0".repeat(5000) + "}]}"),
                Arguments.of("a huge exponent as price", "{\"products\": [{\"id\": 1, \"price\": 1e999999999}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedBodiesAreRefusedWith400(String what, String body) throws Exception {
        HttpResponse<String> answer = send("PUT", PRODUCTS, body, auth());

        Attacks.refused(FINDING, "malformed write body: " + what, answer.statusCode() == 400 && Answers.isJson(answer.body())
                || Answers.everyItemInvalid(answer), Answers.seen(answer));
    }

    static Stream<String> traversals() {
        String h2 = dir.resolve("hub.mv.db").toAbsolutePath().toString().substring(1);
        Set<String> targets = new TreeSet<>(List.of("etc/passwd", "application.properties", "hub-defaults.properties",
                "src/main/resources/hub-defaults.properties", "pom.xml", h2));
        List<String> attacks = new ArrayList<>();
        attacks.add("/../../../../../../../../../../../../etc/passwd");
        for (String prefix : List.of("/", "/dashboard/", "/webjars/", "/webjars/chart.js/", "/v1/reports/")) {
            for (String target : targets) {
                String up = "../".repeat(12);
                attacks.add(prefix + up + target);
                attacks.add(prefix + up.replace("../", "%2e%2e%2f") + target.replace("/", "%2f"));
                attacks.add(prefix + up.replace("../", "..%2f") + target);
                attacks.add(prefix + up.replace("../", "..%5c") + target.replace("/", "%5c"));
                attacks.add(prefix + up.replace("../", "%252e%252e%252f") + target);
                attacks.add(prefix + up.replace("../", "..;/") + target);
                attacks.add(prefix + "index.html%00/" + up + target);
            }
            attacks.add(prefix + "..%00/..%00/etc/passwd");
            attacks.add(prefix + "index.html%00.png");
        }
        attacks.add("//etc/passwd");
        attacks.add("/dashboard//etc/passwd");
        attacks.add("/webjars/file:/etc/passwd");
        attacks.add("/webjars/%2fetc%2fpasswd");
        return attacks.stream();
    }

    @Test
    void theServedFilesAreReachableAsWrittenSoTheTraversalAnswersMeanSomething() throws Exception {
        int port = URI.create(hub.url("/")).getPort();
        for (String path : List.of("/", "/dashboard/dashboard.js", "/webjars/chart.js/dist/chart.umd.js")) {
            assertThat(RawHttp.get(port, path).status()).as(path).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traversals")
    void pathTraversalServesNothingOutsideTheServedFolders(String target) throws Exception {
        RawHttp answer = RawHttp.get(URI.create(hub.url("/")).getPort(), target);

        boolean leaked = answer.body().contains("root:x:0:0") || answer.body().contains("hub.api.")
                || answer.body().contains("<artifactId>") || answer.body().contains("H2 ")
                || answer.body().contains("H:2,") || answer.body().contains("camel.");
        boolean refused = !leaked && (answer.status() == 400 || answer.status() == 404);
        Attacks.refused(FINDING, "path traversal GET " + target, refused, answer.toString());
    }

    // --- helpers

    private static List<String> payloads() {
        List<String> payloads = new ArrayList<>();
        INJECTIONS.forEach(p -> payloads.add(URLEncoder.encode(p, StandardCharsets.UTF_8).replace("+", "%20")));
        payloads.add(PRE_ENCODED_INJECTION);
        return payloads;
    }

    private static String decoded(String payload) {
        return URLDecoder.decode(payload, StandardCharsets.UTF_8);
    }

    private static Set<String> tables() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection connection = hub.bean("dataSource", DataSource.class).getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_SCHEM") + "." + rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"scope\":\"read\"", "\"scope\":\"" + ALL_SCOPES + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static byte[] oversized(long max) {
        StringBuilder body = new StringBuilder("{\"products\":[");
        while (body.length() <= max + 1024) {
            body.append("{\"id\":1,\"name\":\"").append("x".repeat(1000)).append("\"},");
        }
        return body.append("{\"id\":1}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String bodyFor(ApiOperation operation) {
        return switch (operation.method()) {
            case "PUT", "POST", "PATCH" -> operation.path().equals(PRODUCTS) ? EMPTY_WRITE : "{}";
            default -> null;
        };
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + ops);
    }

    private static HttpRequest.Builder request(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub.url(path)))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return request;
    }

    private static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        return hub.send(request(method, path, headers).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

}
