package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.faults.FaultInjector;
import io.cloudsync.hub.sandbox.marketsync.RequestLog;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/{controller}[/{section}]} the way MarketSync does. In order: unknown controller or verb → 404;
 * injected faults; rate limit → 429 with {@code Retry-After}; signature → 401; body over 1 MB → 413, not JSON →
 * 400; then the controller, on a worker thread. Every request is written to the {@link RequestLog}.
 */
public final class ApiRouter {

    public static final long MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    private static final String REQUEST = "marketsync.request";
    private static final String COLUMNS = "marketsync.columns";
    private static final String ERROR = "marketsync.error";
    private static final String START = "marketsync.start";
    private static final String RECORDED = "marketsync.recorded";

    private final Vertx vertx;
    private final Controllers controllers;
    private final SignatureGuard guard;
    private final TokenBucket bucket;
    private final FaultInjector faults;
    private final RequestLog log;
    private final Envelope envelope;
    private final ObjectMapper json;
    private final ProductStore products;

    public ApiRouter(Vertx vertx, SandboxData data, String token, String privateKey, int ratePerSecond,
                     FaultInjector faults, RequestLog log, ObjectMapper json) {
        this.vertx = vertx;
        this.controllers = new Controllers(data, json);
        this.guard = new SignatureGuard(token, privateKey, data.clock(), MAX_CLOCK_SKEW);
        this.bucket = new TokenBucket(ratePerSecond, System::nanoTime);
        this.faults = faults;
        this.log = log;
        this.envelope = new Envelope(json, data.clock());
        this.json = json;
        this.products = data.products();
    }

    public void mount(Router router) {
        router.route("/api/*").handler(this::track);
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        router.route("/api/*").handler(this::dispatch);
        router.errorHandler(413, ctx -> refuse(ctx, new ApiError(413, "Error the body exceeds the limit of 1 MB ("
                + MAX_BODY_BYTES + " bytes)", null)));
        router.errorHandler(500, ctx -> {
            LOG.warn("MarketSync sandbox failed on {} {}", ctx.request().method(), ctx.normalizedPath(), ctx.failure());
            refuse(ctx, new ApiError(500, "Error internal server error", null));
        });
    }

    private void track(RoutingContext ctx) {
        ctx.put(START, System.nanoTime());
        ctx.put(RECORDED, new AtomicBoolean());
        // Answers written here are logged before they are sent (a test reading the log after its answer finds
        // it); the end handler catches the rest: injected faults and dropped connections (status 0).
        ctx.addEndHandler(done -> record(ctx, done.succeeded() ? ctx.response().getStatusCode() : 0));
        ctx.next();
    }

    private void record(RoutingContext ctx, int status) {
        AtomicBoolean recorded = ctx.get(RECORDED);
        if (recorded == null || recorded.getAndSet(true)) {
            return;
        }
        ApiPath path = ApiPath.of(ctx.normalizedPath());
        ApiRequest request = ctx.get(REQUEST);
        List<List<String>> columns = ctx.get(COLUMNS);
        long start = ctx.get(START);
        List<String> skus = request == null ? List.of() : request.touched();
        log.record(ctx.request().method().name(), path.controller(), path.section(), status, callParams(ctx),
                skus, columns == null ? List.of() : columns, ctx.get(ERROR), (System.nanoTime() - start) / 1000,
                TargetsReader.of(request == null ? null : request.body(), skus, products));
    }

    private void dispatch(RoutingContext ctx) {
        String verb = ctx.request().method().name();
        ApiPath path = ApiPath.of(ctx.normalizedPath());
        Optional<Controller> controller = controllers.find(path, verb);
        if (controller.isEmpty()) {
            refuse(ctx, ApiError.notFound());
            return;
        }
        faults.handle(ctx, path.controller(), () -> serve(ctx, controller.get(), path, verb));
    }

    private void serve(RoutingContext ctx, Controller controller, ApiPath path, String verb) {
        long retryAfter = bucket.tryAcquire();
        if (retryAfter > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
            refuse(ctx, new ApiError(429, "Error too many requests: the limit is " + bucket.perSecond()
                    + " requests per second; retry after " + retryAfter + " s", null));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParams().forEach(entry -> params.putIfAbsent(entry.getKey(), entry.getValue()));
        Optional<String> rejection = guard.rejection(params);
        if (rejection.isPresent()) {
            refuse(ctx, new ApiError(401, rejection.get(), null));
            return;
        }
        JsonNode body;
        try {
            body = body(ctx);
        } catch (ApiError e) {
            refuse(ctx, e);
            return;
        }
        ctx.put(COLUMNS, columnsOf(body));
        ApiRequest request = new ApiRequest(verb, path.controller(), path.section(), callParams(ctx), body);
        ctx.put(REQUEST, request);
        vertx.executeBlocking(() -> controller.handle(request), false).onComplete(done -> {
            if (done.succeeded()) {
                if (faults.loseAnswerAfterCommit(ctx)) {
                    return;
                }
                respond(ctx, 200, envelope.success(done.result().answer()));
            } else if (done.cause() instanceof ApiError error) {
                refuse(ctx, error);
            } else {
                ctx.fail(500, done.cause());
            }
        });
    }

    private JsonNode body(RoutingContext ctx) {
        String contentType = String.valueOf(ctx.request().getHeader("Content-Type"));
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode form = json.createObjectNode();
            ctx.request().formAttributes().forEach(entry -> form.put(entry.getKey(), entry.getValue()));
            return form.isEmpty() ? null : form;
        }
        Buffer buffer = ctx.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            return null;
        }
        try {
            return json.readTree(buffer.getBytes());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw ApiError.badRequest("Error the body is not valid JSON: " + reason);
        }
    }

    /** The column names of each item of the body, in the order sent. */
    private static List<List<String>> columnsOf(JsonNode body) {
        if (body == null) {
            return List.of();
        }
        List<List<String>> columns = new ArrayList<>();
        for (JsonNode item : body.isArray() ? body : List.of(body)) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            columns.add(names);
        }
        return columns;
    }

    private static Map<String, String> callParams(RoutingContext ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParams().forEach(entry -> {
            if (!SignatureGuard.AUTH_PARAMS.contains(entry.getKey())) {
                params.putIfAbsent(entry.getKey(), entry.getValue());
            }
        });
        return params;
    }

    private void refuse(RoutingContext ctx, ApiError error) {
        ctx.put(ERROR, error.getMessage());
        respond(ctx, error.status(), envelope.error(error.getMessage(), error.detail()));
    }

    private void respond(RoutingContext ctx, int status, Buffer body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        record(ctx, status);
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8").end(body);
    }
}
