package io.cloudsync.hub.erp.products;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product template as Tryton holds it now, with every variant it has (inactive ones too). Many2One fields are
 * ids, {@code -1} for none. {@code mapped}: the values of the fields the mapping file adds, as Tryton sent them.
 */
public record TrytonTemplate(long id, String name, BigDecimal listPrice, boolean active, String type,
                             boolean salable, long saleUom, boolean purchasable, long purchaseUom,
                             List<Long> categories, long accountCategory, List<TrytonVariant> variants,
                             Map<String, JsonNode> mapped) {

    public TrytonTemplate {
        categories = List.copyOf(categories);
        variants = List.copyOf(variants);
        mapped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapped));
    }

    public TrytonTemplate(long id, String name, BigDecimal listPrice, boolean active, String type, boolean salable,
                          long saleUom, boolean purchasable, long purchaseUom, List<Long> categories,
                          long accountCategory, List<TrytonVariant> variants) {
        this(id, name, listPrice, active, type, salable, saleUom, purchasable, purchaseUom, categories,
                accountCategory, variants, Map.of());
    }

    TrytonTemplate withVariant(TrytonVariant variant) {
        List<TrytonVariant> more = new java.util.ArrayList<>(variants);
        more.add(variant);
        return new TrytonTemplate(id, name, listPrice, active, type, salable, saleUom, purchasable, purchaseUom,
                categories, accountCategory, more, mapped);
    }
}
