package io.cloudsync.hub.erp.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/** A mapped field's value for one record: what Tryton is sent, and whether what Tryton holds is the same. */
public record FieldValue(ValueKind kind, Object value) {

    /** The value as the JSON-RPC call carries it (a decimal as Tryton's Decimal object). */
    public Object json() {
        return kind.json(value);
    }

    /** Whether Tryton's value, as its search_read answers it, is this one. */
    public boolean sameAs(JsonNode have) {
        return kind.same(value, have);
    }
}
