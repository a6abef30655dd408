package io.cloudsync.hub.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private Vertx vertx;
    private HttpServer server;
    private FaultInjector faults;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        faults = new FaultInjector(vertx, 7);
        Router router = Router.router(vertx);
        faults.mount(router);
        router.get("/api/:resource").handler(ctx -> faults.handle(ctx, ctx.pathParam("resource"),
                () -> ctx.response().end("{\"ok\":true}")));
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutRulesEveryRequestIsServed() throws Exception {
        assertThat(call("GET", "/api/products", null).body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void aFailingResourceAnswers500WhileOthersWork() throws Exception {
        faults.set("products", FaultRule.failing());

        HttpResponse<String> failing = call("GET", "/api/products", null);
        assertThat(failing.statusCode()).isEqualTo(500);
        assertThat(failing.body()).contains("'products' is failing");
        assertThat(call("GET", "/api/customers", null).statusCode()).isEqualTo(200);
    }

    @Test
    void throttlingAnswers429WithRetryAfter() throws Exception {
        faults.set(FaultInjector.ALL, FaultRule.throttled(1.0, 3));

        HttpResponse<String> response = call("GET", "/api/orders", null);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
    }

    @Test
    void errorsUseTheConfiguredStatusAndMalformedBodiesAreNotJson() throws Exception {
        faults.set("a", FaultRule.errors(1.0, 503));
        faults.set("b", FaultRule.malformed(1.0));

        assertThat(call("GET", "/api/a", null).statusCode()).isEqualTo(503);
        HttpResponse<String> malformed = call("GET", "/api/b", null);
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(malformed.body()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aDroppedConnectionGivesNoAnswer() {
        faults.set("products", FaultRule.dropped(1.0));

        assertThatThrownBy(() -> call("GET", "/api/products", null)).isInstanceOf(IOException.class);
        assertThat(faults.injectedCounts()).containsEntry("drop", 1L);
    }

    @Test
    void aShareOfRequestsIsAffectedAndTheRestServed() throws Exception {
        faults.set("products", FaultRule.errors(0.5, 500));
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            if (call("GET", "/api/products", null).statusCode() == 500) {
                failed++;
            }
        }
        assertThat(failed).isBetween(60, 140);
    }

    @Test
    void rulesAreSetListedAndClearedThroughTheControlApi() throws Exception {
        HttpResponse<String> set = call("PUT", "/_sandbox/faults/products",
                "{\"latencyMs\":0,\"errorRate\":1.0,\"errorStatus\":502}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/products", null).statusCode()).isEqualTo(502);
        assertThat(call("GET", "/_sandbox/faults", null).body()).contains("\"products\"").contains("\"5xx\":1");

        assertThat(call("DELETE", "/_sandbox/faults", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/products", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvalidRuleIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> response = call("PUT", "/_sandbox/faults/products", "{\"errorRate\":2}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("errorRate must be between 0 and 1");
    }
}
