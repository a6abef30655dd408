package io.cloudsync.hub.sandbox.store.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NoSuchElementException;

/** The control API's plumbing: JSON bodies in, JSON answers out, operations run off the event loop. */
final class ControlHandlers {

    static final ObjectMapper JSON = new ObjectMapper();

    private ControlHandlers() {
    }

    static int id(RoutingContext ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + ctx.pathParam("id") + "' is not an id");
        }
    }

    static JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    static JsonNode required(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value instanceof NullNode) {
            throw new IllegalArgumentException("the body needs '" + field + "'");
        }
        return value;
    }

    /** An operation's result that made something: answered 201. */
    record Created(Object body) {
    }

    interface Operation {
        Object run(RoutingContext ctx);
    }

    /** Runs an operation off the event loop (a bulk edit of thousands of products takes a moment) and answers JSON. */
    static Handler<RoutingContext> json(Operation operation) {
        return ctx -> ctx.vertx().executeBlocking(() -> operation.run(ctx), false).onComplete(result -> {
            if (result.succeeded()) {
                Object body = result.result();
                if (body instanceof Created created) {
                    respond(ctx, 201, created.body());
                } else {
                    respond(ctx, 200, body);
                }
            } else {
                Throwable error = result.cause();
                int status = error instanceof NoSuchElementException ? 404
                        : error instanceof IllegalArgumentException || error instanceof DateTimeParseException
                        || error instanceof IllegalStateException ? 400 : 500;
                respond(ctx, status, Map.of("error", String.valueOf(error.getMessage())));
            }
        });
    }

    static void respond(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
