package io.cloudsync.hub.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonClient;
import io.cloudsync.hub.erp.tryton.TrytonException;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.http.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Logs in to Tryton as the hub's user and checks what the ERP routes need: the modules activated and the warehouse
 * of {@code hub.erp.tryton.warehouse}. Names each thing that is missing.
 */
public final class TrytonConnectionCheck {

    /** The modules the ERP routes call into. */
    public static final List<String> MODULES = List.of("company", "party", "product", "stock", "sale", "purchase",
            "stock_supply", "purchase_request");

    private final TrytonSettings settings;
    private final TrytonClient client;

    public TrytonConnectionCheck(TrytonSettings settings, TrytonClient client) {
        this.settings = settings;
        this.client = client;
    }

    public CheckResult check() {
        String subject = "Tryton " + settings.rpcUrl() + " as " + settings.user();
        try {
            String version = client.version();
            JsonNode user = client.call(TrytonCall.model("res.user", "get_preferences", true));
            List<String> notes = new ArrayList<>(List.of("Tryton " + version, "logged in"));
            List<String> problems = new ArrayList<>();
            if (!user.path("company").canConvertToLong()) {
                problems.add("user " + settings.user() + " has no company in Tryton (set it in the user's preferences)");
            }
            JsonNode modules = client.call(TrytonCall.model("ir.module", "search_read",
                    List.of(List.of("name", "in", MODULES), List.of("state", "=", "activated")), 0, null, null,
                    List.of("name")));
            Set<String> missing = new TreeSet<>(MODULES);
            modules.forEach(module -> missing.remove(module.path("name").asText()));
            if (missing.isEmpty()) {
                notes.add("modules activated: " + String.join(", ", MODULES));
            } else {
                problems.add("modules not activated in database " + settings.database() + ": "
                        + String.join(", ", missing) + " (trytond-admin -d " + settings.database() + " -u "
                        + String.join(" ", missing) + " --activate-dependencies, or erp/tryton/start)");
            }
            if (missing.contains("stock")) {
                return CheckResult.failed(subject, problems);
            }
            JsonNode warehouses = client.call(TrytonCall.model("stock.location", "search_read",
                    List.of(List.of("code", "=", settings.warehouse()), List.of("type", "=", "warehouse")), 0, null,
                    null, List.of("name", "storage_location")));
            if (warehouses.isEmpty()) {
                problems.add("no warehouse with code " + settings.warehouse() + " (hub.erp.tryton.warehouse)");
            } else {
                notes.add("warehouse " + settings.warehouse() + ": " + warehouses.get(0).path("name").asText());
            }
            return problems.isEmpty() ? CheckResult.passed(subject, notes) : CheckResult.failed(subject, problems);
        } catch (TransportException e) {
            return CheckResult.failed(subject, List.of("cannot reach Tryton: " + e.getMessage()));
        } catch (TrytonException e) {
            return CheckResult.failed(subject, List.of(e.getMessage()));
        }
    }
}
