package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One JSON-RPC call to Tryton: a method ({@code model.product.product.search_read}, {@code common.db.login}, …) and
 * its parameters. For a model method the last parameter is the context, as Tryton expects. {@link #toString()} names
 * the method only: parameters may hold a password or a buyer's address.
 */
public record TrytonCall(String method, List<Object> params) {

    private static final AtomicLong IDS = new AtomicLong();

    public TrytonCall {
        params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** {@code model.<model>.<method>(args…, context)}. */
    public static TrytonCall model(String model, String method, Map<String, ?> context, Object... args) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(args));
        params.add(context);
        return new TrytonCall("model." + model + "." + method, params);
    }

    /** {@code model.<model>.<method>(args…, {})}. */
    public static TrytonCall model(String model, String method, Object... args) {
        return model(model, method, Map.of(), args);
    }

    /** The request body. Nulls stay nulls: Tryton reads {@code None} for a limit or an order. */
    public String json(ObjectMapper mapper) {
        ObjectNode request = mapper.createObjectNode();
        request.put("id", IDS.incrementAndGet());
        request.put("method", method);
        ArrayNode array = request.putArray("params");
        params.forEach(p -> array.add(mapper.valueToTree(p)));
        try {
            return mapper.writeValueAsString(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the call to " + method + " does not write as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * The same call with the session's context under its own: a model call's last parameter is its context, and
     * what the call sets itself wins.
     */
    @SuppressWarnings("unchecked")
    public TrytonCall inContext(Map<String, ?> sessionContext) {
        if (!method.startsWith("model.") || params.isEmpty() || !(params.get(params.size() - 1) instanceof Map)) {
            return this;
        }
        Map<String, Object> merged = new java.util.LinkedHashMap<>(sessionContext);
        merged.putAll((Map<String, Object>) params.get(params.size() - 1));
        List<Object> copy = new ArrayList<>(params);
        copy.set(copy.size() - 1, merged);
        return new TrytonCall(method, copy);
    }

    /** The model the call is about ({@code product.product}), or the method for a call that is not a model's. */
    public String subject() {
        if (!method.startsWith("model.")) {
            return method;
        }
        int last = method.lastIndexOf('.');
        return method.substring("model.".length(), last);
    }

    @Override
    public String toString() {
        return method;
    }
}
