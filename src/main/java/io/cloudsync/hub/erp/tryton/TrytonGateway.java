package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/**
 * Bean {@code trytonGateway}: Java's way into {@code direct:erp-tryton-call}, for the steps a route should not
 * spell out (a look-up that decides what to create, the reference data). The call goes through the route, with its
 * session, retries and logging; this returns the call's result or throws the {@link TrytonException}.
 */
public final class TrytonGateway implements TrytonCalls {

    public static final String ENDPOINT = "direct:erp-tryton-call";

    private final ObjectMapper mapper;
    private volatile ProducerTemplate template;

    public TrytonGateway(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Called once the Camel context exists (the wiring attaches it before the routes start). */
    public void attach(CamelContext context) {
        this.template = context.createProducerTemplate();
    }

    @Override
    public JsonNode call(TrytonCall call) {
        ProducerTemplate producer = template;
        if (producer == null) {
            throw new IllegalStateException("the Tryton gateway is not attached to Camel yet");
        }
        String answer;
        try {
            answer = producer.requestBody(ENDPOINT, call, String.class);
        } catch (CamelExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof TrytonException tryton) {
                    throw tryton;
                }
            }
            throw e;
        }
        try {
            return mapper.readTree(answer).get("result");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TrytonException(TrytonException.Kind.UNAVAILABLE, call + ": not a JSON-RPC answer");
        }
    }
}
