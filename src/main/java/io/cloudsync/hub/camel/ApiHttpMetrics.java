package io.cloudsync.hub.camel;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Every answer of the API port as the timer {@code hub.api.requests} (Prometheus:
 * {@code hub_api_requests_seconds_count}, {@code _sum}, {@code _bucket}), tagged with the method, the route's path
 * template ({@code /v1/admin/dead-letters/:id}; {@code unmatched} when no route has the path) and the status, so
 * 401, 403 and 429 show per route. Labels never hold a raw path, query, id or header: their values come from the
 * router's own templates and a fixed set of methods, which also keeps their number bounded whatever clients send.
 */
public final class ApiHttpMetrics {

    static final String NAME = "hub.api.requests";
    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final Router router;
    private final MeterRegistry registry;

    private ApiHttpMetrics(Router router, MeterRegistry registry) {
        this.router = router;
        this.registry = registry;
    }

    /** Measures the API port of the context (call before {@link ApiHttpServer#install}: its answers count too). */
    public static void install(CamelContext context, int configuredPort, MeterRegistry registry) {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context,
                VertxPlatformHttpRouter.getRouterNameFromPort(configuredPort));
        if (router == null) {
            throw new IllegalStateException("the platform-http server is not running (camel.server.enabled)");
        }
        install(router, registry);
    }

    /** Measures every request of {@code router} from its first handler to the end of its answer. */
    public static void install(Router router, MeterRegistry registry) {
        ApiHttpMetrics metrics = new ApiHttpMetrics(router, registry);
        router.route().order(Integer.MIN_VALUE).handler(metrics::measure);
    }

    private void measure(RoutingContext routing) {
        long start = System.nanoTime();
        routing.addEndHandler(ended -> {
            String method = method(routing.request().method());
            String status = ended.succeeded() ? Integer.toString(routing.response().getStatusCode()) : "closed";
            Timer.builder(NAME).description("Answers of the API port by method, route template and status")
                    .tags("method", method, "route", template(routing.request().method(), routing.request().path()),
                            "status", status)
                    .serviceLevelObjectives(BUCKETS).register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
        routing.next();
    }

    /** The path template of the first route serving {@code path} for {@code method}, or {@value #UNMATCHED}. */
    String template(HttpMethod method, String path) {
        if (path == null) {
            return UNMATCHED;
        }
        String fallback = UNMATCHED;
        for (Route route : router.getRoutes()) {
            String template = route.getPath();
            if (template == null || !ApiHttpServer.matches(template, path)) {
                continue;
            }
            if (route.methods() == null || route.methods().contains(method)) {
                return template;
            }
            fallback = template;
        }
        return fallback;
    }

    static String method(HttpMethod method) {
        return METHODS.contains(method.name()) ? method.name() : "OTHER";
    }
}
