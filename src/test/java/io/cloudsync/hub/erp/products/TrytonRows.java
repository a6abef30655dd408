package io.cloudsync.hub.erp.products;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rows of the look-up's answer as Tryton on SQLite sends them (booleans 0/1, Decimals as objects). */
final class TrytonRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArrayNode rows = JSON.createArrayNode();

    /** A template as the planner would have created it: goods, salable, purchasable, unit 1, category 7. */
    TrytonRows template(long id, String name, String listPrice, boolean active, Object... variants) {
        for (int i = 0; i < variants.length; i += 4) {
            ObjectNode row = rows.addObject();
            row.put("id", (Long) variants[i]);
            row.put("code", (String) variants[i + 1]);
            row.put("active", (Boolean) variants[i + 2] ? 1 : 0);
            row.set("cost_price", decimal((String) variants[i + 3]));
            row.put("template", id);
            ObjectNode template = row.putObject("template.");
            template.put("id", id);
            template.put("name", name);
            template.set("list_price", decimal(listPrice));
            template.put("active", active ? 1 : 0);
            template.put("type", "goods");
            template.put("salable", 1);
            template.put("sale_uom", 1);
            template.put("purchasable", 1);
            template.put("purchase_uom", 1);
            template.putArray("categories").add(7);
            template.put("account_category", 7);
        }
        return this;
    }

    /** A variant field the mapping file adds, on every row ({@code null}: None). */
    TrytonRows set(String field, Object value) {
        rows.forEach(row -> ((ObjectNode) row).set(field, JSON.valueToTree(value)));
        return this;
    }

    /** A template field the mapping file adds, on every row's template. */
    TrytonRows setTemplate(String field, Object value) {
        rows.forEach(row -> ((ObjectNode) row.path("template.")).set(field, JSON.valueToTree(value)));
        return this;
    }

    ArrayNode rows() {
        return rows;
    }

    TrytonProducts products() {
        return TrytonProducts.of(rows);
    }

    private static ObjectNode decimal(String value) {
        return JSON.createObjectNode().put("__class__", "Decimal").put("decimal", value == null ? "0" : value);
    }
}
