package io.cloudsync.hub.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.ApiException;
import io.cloudsync.hub.api.CorsPolicy;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * The answers given before any Camel route runs, in the API's error format: no route for the path (404), a path
 * served only for other methods (405, with {@code Allow}), a query parameter named like a header (400, see
 * {@link HeaderNamedParameters}), and a body over {@code hub.api.max-body-bytes} (413:
 * refused on its {@code Content-Length} before it is read, or by the server's body limit,
 * {@code camel.server.maxBodySize}, which is set from the same key). Installed on the platform-http router:
 * first a check of the declared length, last a catch-all for what no route matched, and a failure handler.
 * Every answer also says {@code Cache-Control: no-store} (tokens, dead letters: nothing a cache should keep),
 * set here because Camel's HTTP header filter drops that header when a route sets it.
 */
public final class ApiHttpServer {

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final VertxPlatformHttpRouter router;
    private final CorsPolicy cors;

    private ApiHttpServer(VertxPlatformHttpRouter router, ObjectMapper json, long maxBodyBytes, CorsPolicy cors) {
        this.router = router;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.cors = cors;
    }

    /**
     * Installs the error answers on the platform-http server of the context (call once its routes started), and
     * answers browsers of the origins {@code cors} allows: a preflight ({@code OPTIONS} with
     * {@code Access-Control-Request-Method}) at once, without a token, and every other answer to them with
     * {@code Access-Control-Allow-Origin}.
     */
    public static void install(CamelContext context, int configuredPort, ObjectMapper json, long maxBodyBytes,
                               CorsPolicy cors) {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context,
                VertxPlatformHttpRouter.getRouterNameFromPort(configuredPort));
        if (router == null) {
            throw new IllegalStateException("the platform-http server is not running (camel.server.enabled)");
        }
        ApiHttpServer errors = new ApiHttpServer(router, json, maxBodyBytes, cors);
        if (cors.enabled()) {
            router.route().order(Integer.MIN_VALUE).handler(errors::crossOrigin);
        }
        router.route().order(Integer.MIN_VALUE).handler(errors::checkDeclaredLength);
        router.route().order(Integer.MIN_VALUE).handler(errors::refuseHeaderNamedParameters);
        router.route().order(Integer.MAX_VALUE).handler(errors::noRoute);
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(errors::failed);
    }

    private void crossOrigin(RoutingContext routing) {
        String origin = routing.request().getHeader("Origin");
        if (origin == null) {
            routing.next();
            return;
        }
        boolean preflight = routing.request().method() == HttpMethod.OPTIONS
                && routing.request().getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            Map<String, String> headers = cors.preflightHeaders(origin);
            if (headers.isEmpty()) {
                answer(routing, new ApiException(403, "origin_not_allowed", "this API does not take calls from web"
                        + " pages of " + origin + " (hub.api.cors-origins)"));
                return;
            }
            headers.forEach(routing.response()::putHeader);
            routing.response().putHeader("Cache-Control", "no-store").setStatusCode(204).end();
            return;
        }
        cors.answerHeaders(origin).forEach(routing.response()::putHeader);
        routing.next();
    }

    private void checkDeclaredLength(RoutingContext routing) {
        routing.response().putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
        String length = routing.request().getHeader("Content-Length");
        try {
            if (length != null && Long.parseLong(length.trim()) > maxBodyBytes) {
                answer(routing, tooLarge());
                return;
            }
        } catch (NumberFormatException e) {
            answer(routing, ApiException.badRequest("Content-Length is not a number"));
            return;
        }
        routing.next();
    }

    /** See {@link HeaderNamedParameters}: no query parameter may create or shadow a header a route reads. */
    private void refuseHeaderNamedParameters(RoutingContext routing) {
        Optional<String> name;
        try {
            name = HeaderNamedParameters.first(routing.queryParams().names());
        } catch (IllegalArgumentException e) {
            answer(routing, ApiException.badRequest("the query string is malformed"));
            return;
        }
        if (name.isPresent()) {
            String shown = name.get().length() <= 40 ? name.get() : name.get().substring(0, 40) + "…";
            answer(routing, ApiException.invalidParameter(shown, "the query parameter '" + shown
                    + "' is not accepted: it is the name of an HTTP header (send credentials in the Authorization"
                    + " header, or client_id and client_secret in the form of POST /oauth/token)"));
            return;
        }
        routing.next();
    }

    private void failed(RoutingContext routing) {
        if (routing.statusCode() == 413) {
            answer(routing, tooLarge());
        } else {
            routing.next();
        }
    }

    private void noRoute(RoutingContext routing) {
        String path = routing.request().path();
        Set<String> allowed = new TreeSet<>();
        for (Route route : router.getRoutes()) {
            if (route.getPath() != null && !route.isRegexPath() && matches(route.getPath(), path)
                    && route.methods() != null) {
                route.methods().forEach(method -> allowed.add(method.name()));
            }
        }
        HttpMethod method = routing.request().method();
        if (!allowed.isEmpty() && !allowed.contains(method.name())) {
            answer(routing, new ApiException(405, "method_not_allowed", method.name() + " is not allowed on " + path
                    + "; allowed: " + String.join(", ", allowed), Map.of("Allow", String.join(", ", allowed))));
        } else {
            answer(routing, ApiException.notFound("no API resource at " + path
                    + "; the API is described at /v1/openapi.json"));
        }
    }

    /** A Vert.x path ({@code /v1/admin/dead-letters/:id}, {@code /static/*}) against a request path. */
    static boolean matches(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].equals("*") && i == expected.length - 1) {
                return true;
            }
            if (i >= actual.length || !(expected[i].startsWith(":") ? !actual[i].isEmpty() : expected[i].equals(actual[i]))) {
                return false;
            }
        }
        return expected.length == actual.length;
    }

    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "the request body is over the limit of " + maxBodyBytes
                + " bytes (hub.api.max-body-bytes)");
    }

    private void answer(RoutingContext routing, ApiException error) {
        if (routing.response().ended() || routing.response().headWritten()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(error.body());
        } catch (JsonProcessingException e) {
            body = "{\"error\":\"" + error.error() + "\"}";
        }
        routing.response().setStatusCode(error.status()).putHeader("Content-Type", "application/json");
        error.headers().forEach(routing.response()::putHeader);
        if (error.status() == 413) {
            // The rest of the body is not read: the connection cannot carry another request.
            routing.response().putHeader("Connection", "close");
        }
        routing.response().end(body);
    }
}
