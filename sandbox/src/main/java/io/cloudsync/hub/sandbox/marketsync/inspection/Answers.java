package io.cloudsync.hub.sandbox.marketsync.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * Answers of the inspection API: JSON built on a worker thread; a refused request ({@link IllegalArgumentException})
 * is 400 and an unknown thing ({@link NoSuchElementException}) 404, both {@code {"error": "…"}}.
 */
final class Answers {

    private final Vertx vertx;
    private final ObjectMapper json;

    Answers(Vertx vertx, ObjectMapper json) {
        this.vertx = vertx;
        this.json = json;
    }

    void answer(RoutingContext ctx, Callable<JsonNode> work) {
        vertx.executeBlocking(work, false).onComplete(done -> {
            if (done.succeeded()) {
                respond(ctx, 200, done.result());
            } else if (done.cause() instanceof NoSuchElementException unknown) {
                respond(ctx, 404, json.createObjectNode().put("error", unknown.getMessage()));
            } else if (done.cause() instanceof IllegalArgumentException refused) {
                respond(ctx, 400, json.createObjectNode().put("error", refused.getMessage()));
            } else {
                ctx.fail(done.cause());
            }
        });
    }

    void respond(RoutingContext ctx, int status, JsonNode body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }

    /** The request's JSON body; a body that is not JSON is refused. */
    JsonNode body(RoutingContext ctx) {
        String text = ctx.body().asString();
        if (text == null || text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }
}
