package io.cloudsync.hub.sandbox.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault injection shared by both simulators. A simulator calls {@link #handle} before serving a request of a
 * resource; the injector either lets it through (possibly after a delay) or answers for it. Rules are set per
 * resource through the control API that {@link #mount} adds ({@code GET|PUT|DELETE /_sandbox/faults}).
 */
public final class FaultInjector {

    public static final String ALL = "*";
    /** Set on a request the injector let through to be served and then to lose its answer. */
    private static final String AFTER_COMMIT = "sandbox.fault.after-commit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx;
    private final Map<String, FaultRule> rules = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> injected = new ConcurrentHashMap<>();
    private final Random random;

    public FaultInjector(Vertx vertx, long seed) {
        this.vertx = vertx;
        this.random = new Random(seed);
    }

    public void set(String resource, FaultRule rule) {
        rules.put(resource, rule);
    }

    public void clear(String resource) {
        rules.remove(resource);
    }

    public void clearAll() {
        rules.clear();
    }

    public Map<String, FaultRule> rules() {
        return Map.copyOf(rules);
    }

    /** How many faults of each kind were injected since start ({@code drop}, {@code 429}, {@code 5xx}, …). */
    public Map<String, Long> injectedCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        injected.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** Applies the rule of {@code resource} (or of {@code *}); calls {@code proceed} when the request is to be served. */
    public void handle(RoutingContext ctx, String resource, Runnable proceed) {
        FaultRule rule = rules.getOrDefault(resource, rules.get(ALL));
        if (rule == null) {
            proceed.run();
            return;
        }
        Runnable act = () -> act(ctx, resource, rule, proceed);
        if (rule.latencyMs() > 0) {
            vertx.setTimer(rule.latencyMs(), id -> act.run());
        } else {
            act.run();
        }
    }

    private void act(RoutingContext ctx, String resource, FaultRule rule, Runnable proceed) {
        if (rule.alwaysFail()) {
            count("always-500");
            respond(ctx, 500, "{\"errors\":[{\"code\":500,\"message\":\"Injected fault: resource '" + resource
                    + "' is failing\"}]}");
            return;
        }
        double draw;
        synchronized (random) {
            draw = random.nextDouble();
        }
        double edge = rule.dropRate();
        if (draw < edge) {
            count("drop");
            ctx.request().connection().close();
            return;
        }
        edge += rule.throttleRate();
        if (draw < edge) {
            count("429");
            ctx.response().putHeader("Retry-After", Integer.toString(rule.retryAfterSeconds()));
            respond(ctx, 429, "{\"errors\":[{\"code\":429,\"message\":\"Too many requests, retry after "
                    + rule.retryAfterSeconds() + " s\"}]}");
            return;
        }
        edge += rule.errorRate();
        if (draw < edge) {
            count("5xx");
            respond(ctx, rule.errorStatus(), "{\"errors\":[{\"code\":" + rule.errorStatus()
                    + ",\"message\":\"Injected server error\"}]}");
            return;
        }
        edge += rule.malformedRate();
        if (draw < edge) {
            count("malformed");
            respond(ctx, 200, "{\"" + resource + "\":[{\"id\":1,\"name\":\"trunc");
            return;
        }
        edge += rule.dropAfterCommitRate();
        if (draw < edge) {
            ctx.put(AFTER_COMMIT, "drop");
        } else if (draw < edge + rule.errorAfterCommitRate()) {
            ctx.put(AFTER_COMMIT, Integer.toString(rule.errorStatus()));
        }
        proceed.run();
    }

    /**
     * Called by a simulator when its answer to a served request is ready (the request's work is done): when the
     * rule asked for the answer to be lost after the commit, it closes the connection or answers 5xx instead and
     * returns true; the simulator then sends nothing.
     */
    public boolean loseAnswerAfterCommit(RoutingContext ctx) {
        String fault = ctx.get(AFTER_COMMIT);
        if (fault == null) {
            return false;
        }
        if (fault.equals("drop")) {
            count("drop-after-commit");
            ctx.request().connection().close();
        } else {
            count("5xx-after-commit");
            respond(ctx, Integer.parseInt(fault), "{\"errors\":[{\"code\":" + fault
                    + ",\"message\":\"Injected server error after the request was served\"}]}");
        }
        return true;
    }

    /** The records whose JSON the rule of {@code resource} (or of {@code *}) breaks in every answer. */
    public java.util.Set<Long> malformedIds(String resource) {
        FaultRule rule = rules.getOrDefault(resource, rules.get(ALL));
        return rule == null ? java.util.Set.of() : rule.malformedIds();
    }

    private void count(String kind) {
        injected.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static void respond(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }

    /**
     * Adds the control API: {@code GET /_sandbox/faults} lists rules and counts; {@code PUT /_sandbox/faults/{resource}}
     * with a {@link FaultRule} JSON body sets one ({@code *} for every resource); {@code DELETE /_sandbox/faults[/{resource}]}
     * removes one or all.
     */
    public void mount(Router router) {
        router.get("/_sandbox/faults").handler(ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("rules", rules());
            body.put("injected", injectedCounts());
            json(ctx, 200, body);
        });
        router.put("/_sandbox/faults/:resource").handler(BodyHandler.create()).handler(ctx -> {
            try {
                FaultRule rule = JSON.readValue(ctx.body().asString(), FaultRule.class);
                set(ctx.pathParam("resource"), rule);
                json(ctx, 200, Map.of("resource", ctx.pathParam("resource"), "rule", rule));
            } catch (Exception e) {
                json(ctx, 400, Map.of("error", "invalid fault rule: " + rootMessage(e)));
            }
        });
        router.delete("/_sandbox/faults/:resource").handler(ctx -> {
            clear(ctx.pathParam("resource"));
            json(ctx, 200, Map.of("cleared", ctx.pathParam("resource")));
        });
        router.delete("/_sandbox/faults").handler(ctx -> {
            clearAll();
            json(ctx, 200, Map.of("cleared", ALL));
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static void json(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(JSON.writeValueAsString(body));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
