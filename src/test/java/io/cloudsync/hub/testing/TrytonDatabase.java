package io.cloudsync.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One Tryton database of {@link TrytonServer}, a copy of the prepared template: the hub's view of it (server
 * {@code url}, database {@code name}, the API {@code user} and its {@code password}) and an {@code admin} client.
 */
public record TrytonDatabase(String url, String name, String user, String password, TrytonTestClient admin) {

    /** The hub properties that point the hub at this database. */
    public Map<String, String> hubProperties() {
        return Map.of("hub.erp.tryton.url", url, "hub.erp.tryton.database", name,
                "hub.erp.tryton.user", user, "hub.erp.tryton.password", password);
    }

    /** A JSON-RPC call as the admin user, for test assertions: the method's result. */
    public JsonNode call(String method, Object... params) {
        return admin.call(method, params);
    }

    /** A client logged in as the API user, the hub's rights. */
    public TrytonTestClient apiUser() {
        return new TrytonTestClient(url, name, user, password);
    }

    @Override
    public String toString() {
        return "TrytonDatabase[" + url + name + " as " + user + "]";
    }
}
