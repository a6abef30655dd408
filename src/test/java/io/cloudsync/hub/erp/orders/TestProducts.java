package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.testing.TrytonDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Products made in a test's Tryton directly, in one call (as the products sink would): one variant each whose code is
 * the SKU.
 */
public final class TestProducts {

    private TestProducts() {
    }

    public static void create(TrytonDatabase tryton, String... skus) {
        create(tryton, List.of(skus));
    }

    public static void create(TrytonDatabase tryton, Collection<String> skus) {
        Map<String, Object> context = tryton.admin().context();
        long unit = tryton.call("model.product.uom.search", List.of(List.of("symbol", "=", "u")), 0, 1, null,
                context).get(0).asLong();
        List<Map<String, Object>> templates = new ArrayList<>();
        for (String sku : new LinkedHashSet<>(skus)) {
            templates.add(Map.of("name", "Product " + sku, "type", "goods", "default_uom", unit,
                    "list_price", Map.of("__class__", "Decimal", "decimal", "10.00"), "salable", true,
                    "sale_uom", unit, "products", List.of(List.of("create", List.of(Map.of("suffix_code", sku))))));
        }
        tryton.call("model.product.template.create", templates, context);
    }
}
