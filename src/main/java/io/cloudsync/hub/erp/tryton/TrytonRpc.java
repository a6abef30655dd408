package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bean {@code trytonRpc}: writes a {@link TrytonCall} as the JSON-RPC body and checks Tryton's answer, for the routes
 * of {@code erp-tryton-rpc.camel.yaml}. An answer that is an error becomes a {@link TrytonException}; a lost session
 * is dropped first, so that the retry logs in again.
 */
public final class TrytonRpc {

    private final TrytonSession session;
    private final ObjectMapper mapper;

    public TrytonRpc(TrytonSession session, ObjectMapper mapper) {
        this.session = session;
        this.mapper = mapper;
    }

    public String request(TrytonCall call) {
        if (call == null) {
            throw new IllegalArgumentException("direct:erp-tryton-call needs a TrytonCall as its body");
        }
        return call.inContext(session.context()).json(mapper);
    }

    /** The answer as Tryton sent it ({@code {"id":…,"result":…}}) when it holds a result; otherwise throws. */
    public String answer(TrytonCall call, Integer status, String body) {
        try {
            TrytonAnswer.result(call, status == null ? 0 : status, body, mapper);
            return body;
        } catch (TrytonException e) {
            if (e.kind() == TrytonException.Kind.SESSION) {
                session.forget();
            }
            throw e;
        }
    }

    /** The result of an answer {@link #answer} accepted, for the beans that read it. */
    public JsonNode result(String answer) {
        try {
            return mapper.readTree(answer).get("result");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a Tryton answer: " + e.getOriginalMessage(), e);
        }
    }
}
