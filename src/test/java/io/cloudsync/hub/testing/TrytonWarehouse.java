package io.cloudsync.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What people do in Tryton that the ERP's stock flows react to, done as Tryton's admin over JSON-RPC in the way
 * the Tryton facts (§5–§6) checked it: products with a SKU, an inventory, a confirmed sale, a purchase (directly, or
 * from a purchase request through Tryton's wizard) and its receipt.
 */
public final class TrytonWarehouse {

    private static final int WAREHOUSE = 5;
    private static final int STORAGE = 3;
    private static final int UNIT = 1;

    private final TrytonDatabase db;
    private final Map<String, Object> context;
    private final long company;

    public TrytonWarehouse(TrytonDatabase db) {
        this.db = db;
        this.company = db.call("model.res.user.get_preferences", true, Map.of()).path("company").asLong();
        this.context = Map.of("company", company, "language", "en");
    }

    /** A product whose variant's code is the SKU, in category Store (made an accounting category: the wizard). */
    public long product(String sku) {
        long category = first("product.category", List.of(List.of("name", "=", "Store")));
        call("product.category", "write", List.of(category), Map.of("accounting", true));
        call("product.template", "create", List.of(Map.ofEntries(Map.entry("name", "Item " + sku),
                Map.entry("type", "goods"), Map.entry("default_uom", UNIT), Map.entry("list_price", decimal("9.90")),
                Map.entry("salable", true), Map.entry("sale_uom", UNIT), Map.entry("purchasable", true),
                Map.entry("purchase_uom", UNIT), Map.entry("categories", List.of(List.of("add", List.of(category)))),
                Map.entry("account_category", category), Map.entry("products", List.of(List.of("create", List.of(
                        Map.of("suffix_code", sku, "cost_price", decimal("3.00")))))))));
        return first("product.product", List.of(List.of("code", "=", sku)));
    }

    /** Sets the quantity on hand in the warehouse's storage. */
    public void inventory(long product, double quantity) {
        long inventory = call("stock.inventory", "create", List.of(Map.of("location", STORAGE, "company", company,
                "lines", List.of(List.of("create", List.of(Map.of("product", product, "quantity", quantity)))))))
                .get(0).asLong();
        call("stock.inventory", "confirm", List.of(inventory));
    }

    /** A purchase order point of the product in the warehouse. */
    public void orderPoint(long product, double minimum, double target) {
        call("stock.order_point", "create", List.of(Map.of("product", product, "type", "purchase",
                "warehouse_location", WAREHOUSE, "min_quantity", minimum, "target_quantity", target,
                "company", company)));
    }

    /** A sale quoted and confirmed: its customer shipment waits, the goods are promised. */
    public void sell(long product, double quantity) {
        long party = call("party.party", "create", List.of(Map.of("name", "Customer " + product,
                "addresses", List.of(List.of("create", List.of(Map.of("street", "Weg 1", "city", "Berlin"))))))).get(0)
                .asLong();
        long address = first("party.address", List.of(List.of("party", "=", party)));
        long sale = call("sale.sale", "create", List.of(Map.of("party", party, "invoice_address", address,
                "shipment_address", address, "company", company, "warehouse", WAREHOUSE, "invoice_method", "manual",
                "lines", List.of(List.of("create", List.of(Map.of("type", "line", "product", product,
                        "quantity", quantity, "unit", UNIT, "unit_price", decimal("9.90")))))))).get(0).asLong();
        call("sale.sale", "quote", List.of(sale));
        call("sale.sale", "confirm", List.of(sale));
    }

    /** A purchase from the default supplier, quoted and confirmed (nothing received). */
    public long purchase(long product, double quantity) {
        long supplier = supplier();
        long purchase = call("purchase.purchase", "create", List.of(Map.of("party", supplier,
                "invoice_address", first("party.address", List.of(List.of("party", "=", supplier))),
                "company", company, "warehouse", WAREHOUSE, "invoice_method", "manual",
                "lines", List.of(List.of("create", List.of(Map.of("type", "line", "product", product,
                        "quantity", quantity, "unit", UNIT, "unit_price", decimal("3.00"), "description", "stock")))))))
                .get(0).asLong();
        confirm(purchase);
        return purchase;
    }

    /** The purchase of a request, made by Tryton's wizard as a buyer does: supplier set, purchase created, confirmed. */
    public long purchaseOf(long request) {
        call("purchase.request", "write", List.of(request), Map.of("party", supplier()));
        JsonNode wizard = db.call("wizard.purchase.request.create_purchase.create", context);
        String session = wizard.get(0).asText();
        Map<String, Object> wizardContext = new java.util.HashMap<>(context);
        wizardContext.put("active_model", "purchase.request");
        wizardContext.put("active_id", request);
        wizardContext.put("active_ids", List.of(request));
        db.call("wizard.purchase.request.create_purchase.execute", session, Map.of(), wizard.get(1).asText(),
                wizardContext);
        db.call("wizard.purchase.request.create_purchase.delete", session, context);
        long purchase = call("purchase.request", "read", List.of(request), List.of("purchase")).get(0)
                .path("purchase").asLong();
        confirm(purchase);
        return purchase;
    }

    /** The purchase's goods received and stored: a supplier shipment of its moves, received, then done. */
    public void receive(long purchase) {
        JsonNode moves = call("purchase.purchase", "read", List.of(purchase), List.of("moves")).get(0).path("moves");
        List<Long> ids = new ArrayList<>();
        moves.forEach(move -> ids.add(move.asLong()));
        long shipment = call("stock.shipment.in", "create", List.of(Map.of("supplier", supplier(),
                "warehouse", WAREHOUSE, "company", company, "incoming_moves", List.of(List.of("add", ids)))))
                .get(0).asLong();
        call("stock.shipment.in", "receive", List.of(shipment));
        call("stock.shipment.in", "done", List.of(shipment));
    }

    /** A purchase request as the hub makes one (explicit, no origin), with the given description. */
    public long request(long product, double quantity, String description) {
        return call("purchase.request", "create", List.of(Map.of("product", product, "quantity", quantity,
                "uom", UNIT, "warehouse", WAREHOUSE, "company", company, "description", description))).get(0)
                .asLong();
    }

    /** Deletes a draft purchase request, as a buyer who does not want it does. */
    public void deleteRequest(long request) {
        call("purchase.request", "delete", List.of(request));
    }

    /** The purchase requests of a product: id, quantity, state, party, origin, description. */
    public JsonNode requests(long product) {
        return call("purchase.request", "search_read", List.of(List.of("product", "=", product)), 0, null, null,
                List.of("quantity", "state", "party", "origin", "description", "warehouse"));
    }

    private void confirm(long purchase) {
        call("purchase.purchase", "quote", List.of(purchase));
        call("purchase.purchase", "confirm", List.of(purchase));
    }

    /** The default supplier, given an address (a purchase's invoice address) when it has none. */
    private long supplier() {
        long supplier = first("party.party", List.of(List.of("name", "=", "Default supplier")));
        if (call("party.address", "search", List.of(List.of("party", "=", supplier)), 0, 1, null).isEmpty()) {
            call("party.party", "write", List.of(supplier), Map.of("addresses", List.of(List.of("create",
                    List.of(Map.of("street", "Lieferweg 2", "city", "Hamburg"))))));
        }
        return supplier;
    }

    private long first(String model, List<Object> domain) {
        JsonNode found = call(model, "search", domain, 0, 1, null);
        if (found.isEmpty()) {
            throw new IllegalStateException("Tryton has no " + model + " " + domain);
        }
        return found.get(0).asLong();
    }

    private JsonNode call(String model, String method, Object... args) {
        Object[] params = java.util.Arrays.copyOf(args, args.length + 1);
        params[args.length] = context;
        return db.call("model." + model + "." + method, params);
    }

    private static Map<String, Object> decimal(String value) {
        return Map.of("__class__", "Decimal", "decimal", value);
    }
}
