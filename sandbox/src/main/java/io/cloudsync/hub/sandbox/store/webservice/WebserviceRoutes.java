package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.faults.FaultInjector;
import io.cloudsync.hub.sandbox.faults.PoisonedJson;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The webservice over HTTP: {@code /api/...}. Counts the request, authenticates the key the way PrestaShop does
 * (HTTP Basic user with an empty password, or {@code ws_key}; in PHP-CGI mode the {@code Authorization} header never
 * arrives), lets the fault injector act on the resource, then answers; lists are rendered off the event loop.
 */
public final class WebserviceRoutes {

    public static final String REALM = "Basic realm=\"Welcome to PrestaShop Webservice, please enter the "
            + "authentication key as the login. No password required.\"";
    public static final String VERSION = "8.1.7";

    private final SandboxShop shop;
    private final FaultInjector faults;
    private final String apiKey;
    private final Supplier<String> baseUrl;
    private final WebserviceRequestHandler handler;

    public WebserviceRoutes(SandboxShop shop, FaultInjector faults, String apiKey, Supplier<String> baseUrl) {
        this.shop = shop;
        this.faults = faults;
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
        this.handler = new WebserviceRequestHandler(shop);
    }

    public void mount(Router router) {
        router.routeWithRegex("^/api(/.*)?$").handler(BodyHandler.create().setBodyLimit(20L * 1024 * 1024))
                .handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String path = ctx.normalizedPath().substring(4);
        String trimmed = path.replaceAll("^/+|/+$", "");
        String[] segments = trimmed.isEmpty() ? new String[0] : trimmed.split("/");
        String resource = segments.length == 0 ? "api" : segments[0];
        shop.requests().count(resource);
        // The shop server's own clock, as a real web server sends it: the hub reads the shop's "now" from it.
        ctx.response().putHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(shop.clock().now().atZone(java.time.ZoneOffset.UTC)));
        Map<String, String> params = lastValues(ctx.queryParams());
        boolean json = wantsJson(ctx, params);
        String method = ctx.request().method().name();
        String apiUrl = baseUrl.get() + "/api/";
        WebserviceException denied = authenticate(ctx, params);
        if (denied != null) {
            ctx.response().putHeader("WWW-Authenticate", REALM);
            send(ctx, Answer.error(denied, json ? new JsonOutput() : new XmlOutput(apiUrl)), started, false);
            return;
        }
        String body = ctx.body() == null || ctx.body().buffer() == null ? null
                : ctx.body().buffer().toString(StandardCharsets.UTF_8);
        faults.handle(ctx, resource, () -> {
            if (handler.isHeavy(method, segments)) {
                ctx.vertx().executeBlocking(() -> handler.handle(method, segments, params, body, json, apiUrl), false)
                        .onSuccess(answer -> send(ctx, poisoned(resource, answer), started, true))
                        .onFailure(ctx::fail);
            } else {
                send(ctx, poisoned(resource, handler.handle(method, segments, params, body, json, apiUrl)), started,
                        true);
            }
        });
    }

    /** A JSON answer with the records the fault rule poisons ({@code malformedIds}) broken. */
    private Answer poisoned(String resource, Answer answer) {
        java.util.Set<Long> ids = faults.malformedIds(resource);
        if (ids.isEmpty() || !answer.contentType().contains("json")) {
            return answer;
        }
        return new Answer(answer.status(), answer.contentType(), PoisonedJson.apply(answer.body(), ids));
    }

    /** The key as PrestaShop reads it; null when it is the shop's key, else the error to answer. */
    private WebserviceException authenticate(RoutingContext ctx, Map<String, String> params) {
        String key = params.get("ws_key");
        if (key == null && !shop.phpCgiMode()) {
            key = basicUser(ctx.request().getHeader("Authorization"));
        }
        if (key == null) {
            return new WebserviceException(401, 16, "Please enter the authentication key as the login. No password required");
        }
        key = key.trim();
        if (key.isEmpty()) {
            return new WebserviceException(401, 17, "Authentication key is empty");
        }
        if (key.length() != 32) {
            return new WebserviceException(401, 18, "Invalid authentication key format");
        }
        if (!key.equals(apiKey)) {
            return new WebserviceException(401, 20, "Authentification key is not active");
        }
        return null;
    }

    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** PrestaShop reads {@code Io-Format}, then {@code Output-Format}, then {@code output_format}/{@code io_format}. */
    private static boolean wantsJson(RoutingContext ctx, Map<String, String> params) {
        String format = ctx.request().getHeader("Io-Format");
        if (format == null) {
            format = ctx.request().getHeader("Output-Format");
        }
        if (format == null) {
            format = params.getOrDefault("output_format", params.get("io_format"));
        }
        return "JSON".equals(format);
    }

    private static Map<String, String> lastValues(MultiMap query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : query.entries()) {
            params.remove(entry.getKey());
            params.put(entry.getKey(), entry.getValue());
        }
        return params;
    }

    private void send(RoutingContext ctx, Answer answer, long started, boolean authenticated) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(answer.status())
                .putHeader("Content-Type", answer.contentType())
                .putHeader("X-Powered-By", "PrestaShop Webservice")
                .putHeader("Access-Time", Long.toString(System.currentTimeMillis() / 1000))
                .putHeader("Execution-Time", String.format(java.util.Locale.ROOT, "%.3f",
                        (System.nanoTime() - started) / 1e9));
        if (authenticated) {
            response.putHeader("PSWS-Version", VERSION);
        }
        if (ctx.request().method().name().equals("HEAD")) {
            response.putHeader("Content-Length", Integer.toString(answer.body().length)).end();
        } else {
            shop.requests().sent(answer.body().length);
            response.end(Buffer.buffer(answer.body()));
        }
    }
}
