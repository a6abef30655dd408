package io.cloudsync.hub.sandbox.store.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Applies written field values to a combination. */
public final class CombinationEditor {

    public static final Set<String> PLAIN_FIELDS = Set.of("location", "isbn", "upc", "mpn", "supplier_reference",
            "ecotax", "unit_price_impact", "low_stock_threshold", "low_stock_alert", "available_date");

    private CombinationEditor() {
    }

    /**
     * @throws IllegalArgumentException when the field does not exist or the value does not fit it
     */
    public static Combination apply(Combination combination, String field, FieldInput input) {
        String text = input.text().trim();
        return switch (field) {
            case "price" -> combination.withPriceImpact(ProductEditor.decimal(field, text));
            case "weight" -> combination.withWeightImpact(ProductEditor.decimal(field, text));
            case "wholesale_price" -> combination.withWholesalePrice(ProductEditor.decimal(field, text));
            case "reference" -> combination.withReference(input.text());
            case "ean13" -> combination.withEan13(text);
            case "minimal_quantity" -> combination.withMinimalQuantity(ProductEditor.integer(field, text));
            case "default_on" -> combination.withDefaultOn(ProductEditor.bool(text));
            case "quantity", "id_product" -> combination;
            default -> {
                if (!PLAIN_FIELDS.contains(field)) {
                    throw new IllegalArgumentException("combinations have no writable field '" + field + "'");
                }
                Map<String, String> extra = new HashMap<>(combination.extra());
                extra.put(field, input.text());
                yield combination.withExtra(extra);
            }
        };
    }
}
