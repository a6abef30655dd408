package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.TransportException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CamelHttpTransportTest {

    private Vertx vertx;
    private HttpServer server;
    private DefaultCamelContext camel;
    private CamelHttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route("/echo").handler(ctx -> ctx.response().setStatusCode(201).putHeader("X-Seen-Auth",
                String.valueOf(ctx.request().getHeader("Authorization"))).end(ctx.request().method() + " "
                + ctx.request().query() + " " + ctx.body().asString()));
        router.route("/missing").handler(ctx -> ctx.response().setStatusCode(404).end("{\"errors\":[\"no\"]}"));
        router.route("/latin1").handler(ctx -> ctx.response().putHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                .end(io.vertx.core.buffer.Buffer.buffer("Caf\u00e9 \u00fc".getBytes(StandardCharsets.ISO_8859_1))));
        router.route("/utf8").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
                .end(io.vertx.core.buffer.Buffer.buffer("{\"name\":\"Caf\u00e9 \u20ac \ud83d\ude00\"}"
                        .getBytes(StandardCharsets.UTF_8))));
        router.route("/drop").handler(ctx -> ctx.request().connection().close());
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        camel = new DefaultCamelContext();
        camel.start();
        transport = new CamelHttpTransport(camel, 2000, 5000);
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        camel.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private String base() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    @Test
    void sendsMethodQueryHeadersAndBodyAndReturnsStatusHeadersAndBody() {
        HttpResult result = transport.execute(new HttpCall("PUT", base() + "/echo?a=1&b=x%20y", base() + "/echo",
                Map.of("Authorization", "Basic abc"), "<xml/>"));

        assertThat(result.status()).isEqualTo(201);
        assertThat(result.body()).isEqualTo("PUT a=1&b=x%20y <xml/>");
        assertThat(result.header("X-Seen-Auth")).hasValue("Basic abc");
    }

    @Test
    void anAnswerIsDecodedInTheCharsetItNamesAndInUtf8WhenItNamesNone() {
        assertThat(transport.execute(HttpCall.get(base() + "/latin1", base() + "/latin1", Map.of())).body())
                .isEqualTo("Caf\u00e9 \u00fc");
        assertThat(transport.execute(HttpCall.get(base() + "/utf8", base() + "/utf8", Map.of())).body())
                .isEqualTo("{\"name\":\"Caf\u00e9 \u20ac \ud83d\ude00\"}");
    }

    @Test
    void aDeleteCarriesItsBody() {
        HttpResult result = transport.execute(new HttpCall("DELETE", base() + "/echo", base() + "/echo", Map.of(),
                "[{\"product_id\":7}]"));

        assertThat(result.body()).isEqualTo("DELETE null [{\"product_id\":7}]");
    }

    @Test
    void anErrorStatusIsReturnedNotThrown() {
        HttpResult result = transport.execute(HttpCall.get(base() + "/missing", base() + "/missing", Map.of()));

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.bodySnippet()).isEqualTo("{\"errors\":[\"no\"]}");
    }

    @Test
    void aRefusedConnectionIsATransportErrorNamingTheRedactedUrl() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/api/?ws_key=SECRET";

        assertThatThrownBy(() -> transport.execute(HttpCall.get(url, "http://127.0.0.1:" + closed + "/api/?ws_key=***",
                Map.of())))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("connection refused")
                .hasMessageContaining("ws_key=***")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void aDroppedConnectionIsATransportError() {
        assertThatThrownBy(() -> transport.execute(HttpCall.get(base() + "/drop", base() + "/drop", Map.of())))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("GET " + base() + "/drop");
    }

    @Test
    void theEndpointIsTheSchemeHostAndPort() {
        assertThat(CamelHttpTransport.endpointFor("http://h:1/api/x?y=1")).isEqualTo("http://h:1");
        assertThat(CamelHttpTransport.endpointFor("https://h")).isEqualTo("https://h");
    }
}
