package io.cloudsync.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.app.HubRuntime;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.testing.TestHubKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hub started in-process with its route files and the test-only API routes (test-routes/api-test.camel.yaml),
 * on an H2 file database and a free port, with three clients: {@code ops} (read write admin), {@code reader}
 * (read) and {@code writer} (write). Store polls are pushed far out: these tests are about the API.
 */
public final class ApiHarness implements AutoCloseable {

    public static final String SECRET = "s3cret-for-tests";
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    private final HubProperties properties;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final TestGate gate = new TestGate();
    private HubRuntime runtime;

    private ApiHarness(HubProperties properties) {
        this.properties = properties;
    }

    public static ApiHarness start(Path dir, Map<String, String> overrides) throws Exception {
        Map<String, String> keys = TestHubKeys.localHub(dir);
        keys.put("camel.main.routes-include-pattern", "file:routes/*.camel.yaml,classpath:test-routes/api-test.camel.yaml");
        keys.put("hub.poll.first-delay", "1h");
        keys.put("hub.poll.reconcile", "6h");
        keys.put("hub.progress.period", "1h");
        keys.put("hub.api.clients", "ops,reader,writer");
        client(keys, "ops", "read write admin");
        client(keys, "reader", "read");
        client(keys, "writer", "write");
        keys.putAll(overrides);
        ApiHarness harness = new ApiHarness(HubProperties.of(keys));
        harness.startHub();
        return harness;
    }

    private static void client(Map<String, String> keys, String id, String scopes) {
        keys.put("hub.api.client." + id + ".secret-hash", HASHES.computeIfAbsent(SECRET, s -> new SecretHasher().hash(s)));
        keys.put("hub.api.client." + id + ".scopes", scopes);
    }

    public void startHub() throws Exception {
        runtime = new HubRuntime(properties);
        runtime.main().bind("testGate", gate);
        runtime.start();
    }

    public void stopHub() {
        runtime.close();
        runtime = null;
    }

    public HubRuntime runtime() {
        return runtime;
    }

    public TestGate gate() {
        return gate;
    }

    public <T> T bean(String name, Class<T> type) {
        return runtime.main().getCamelContext().getRegistry().lookupByNameAndType(name, type);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + properties.get("camel.server.port") + path;
    }

    /** A token for the client with all its scopes. */
    public String token(String client) throws Exception {
        HttpResponse<String> answer = tokenRequest(client, SECRET, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for " + client + ": " + answer.body());
        }
        return json(answer).get("access_token").asText();
    }

    /** {@code POST /oauth/token} with HTTP Basic and {@code grant_type=client_credentials}, and a scope if given. */
    public HttpResponse<String> tokenRequest(String client, String secret, String scope) throws Exception {
        String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace(" ", "+"));
        return send(HttpRequest.newBuilder(URI.create(url("/oauth/token")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> postForm(String path, String form, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public HttpResponse<String> withAuthorization(String path, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization).GET());
    }

    public HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpClient http() {
        return http;
    }

    public JsonNode json(HttpResponse<String> answer) throws IOException {
        return json.readTree(answer.body());
    }

    @Override
    public void close() {
        gate.open();
        if (runtime != null) {
            runtime.close();
        }
    }

    public static int freePort() throws IOException {
        return io.cloudsync.hub.testing.TestPorts.free();
    }

    /** Bean {@code testGate}: calls wait in {@link #pass()} until the test opens the gate. */
    public static final class TestGate {
        private final CountDownLatch open = new CountDownLatch(1);
        private final AtomicInteger waiting = new AtomicInteger();

        public Map<String, Object> pass() throws InterruptedException {
            waiting.incrementAndGet();
            try {
                if (!open.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
                return Map.of("passed", true);
            } finally {
                waiting.decrementAndGet();
            }
        }

        /** What {@code POST /v1/test/echo} answers: the size of the body it got and the caller. */
        public Map<String, Object> echo(String body, String client) {
            return Map.of("bytes", body == null ? 0 : body.length(), "client", String.valueOf(client));
        }

        int waiting() {
            return waiting.get();
        }

        void open() {
            open.countDown();
        }
    }
}
