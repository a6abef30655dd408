package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A call the planner wants sent: creates or writes of one kind, for up to a batch of store products. */
public record PlannedCall(Kind kind, List<CallItem> items) {

    public enum Kind {
        /** product.template write: only the fields that differ, variants through the template. */
        WRITE_TEMPLATES("product.template", "write"),
        /** product.product create: a new variation of a template Tryton has. */
        CREATE_VARIANTS("product.product", "create"),
        /** product.template create, with its variants. */
        CREATE_TEMPLATES("product.template", "create");

        private final String model;
        private final String method;

        Kind(String model, String method) {
            this.model = model;
            this.method = method;
        }
    }

    public PlannedCall {
        items = List.copyOf(items);
    }

    /**
     * The JSON-RPC call. Writes run with {@code active_test} false: a template's inactive variants are written
     * through it (deactivated or brought back).
     */
    public TrytonCall call() {
        if (kind != Kind.WRITE_TEMPLATES) {
            return TrytonCall.model(kind.model, kind.method, items.stream().map(CallItem::values).toList());
        }
        List<Object> args = new ArrayList<>();
        for (CallItem item : items) {
            args.add(item.ids());
            args.add(item.values());
        }
        return TrytonCall.model(kind.model, kind.method, Map.of("active_test", false), args.toArray());
    }

    /** The same call split into one call per store product (to find the one Tryton refuses). */
    public List<PlannedCall> single() {
        return items.stream().map(item -> new PlannedCall(kind, List.of(item))).toList();
    }

    @Override
    public String toString() {
        return kind.model + "." + kind.method + " (" + items.size() + ")";
    }
}
