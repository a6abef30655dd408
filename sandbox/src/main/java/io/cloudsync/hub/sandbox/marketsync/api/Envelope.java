package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.vertx.core.buffer.Buffer;
import java.time.Clock;

/** MarketSync's envelope: {@code {"answer": …, "timestamp": "YYYY-MM-DD HH:mm:ss"}}, errors as {@code answer.error}. */
final class Envelope {

    private final ObjectMapper json;
    private final Clock clock;

    Envelope(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    Buffer success(JsonNode answer) {
        ObjectNode envelope = json.createObjectNode();
        envelope.set("answer", answer);
        return write(envelope);
    }

    Buffer error(String message, JsonNode detail) {
        ObjectNode answer = json.createObjectNode();
        answer.put("error", message);
        if (detail != null) {
            answer.set("invalid", detail);
        }
        ObjectNode envelope = json.createObjectNode();
        envelope.set("answer", answer);
        return write(envelope);
    }

    private Buffer write(ObjectNode envelope) {
        envelope.put("timestamp", MexicoCityTime.shown(clock.instant()));
        try {
            return Buffer.buffer(json.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
