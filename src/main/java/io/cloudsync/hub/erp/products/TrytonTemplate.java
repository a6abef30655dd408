package io.cloudsync.hub.erp.products;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product template as Tryton holds it now, with every variant it has (inactive ones too). Many2One fields are
 * ids, {@code -1} for none.
 */
public record TrytonTemplate(long id, String name, BigDecimal listPrice, boolean active, String type,
                             boolean salable, long saleUom, boolean purchasable, long purchaseUom,
                             List<Long> categories, long accountCategory, List<TrytonVariant> variants) {

    public TrytonTemplate {
        categories = List.copyOf(categories);
        variants = List.copyOf(variants);
    }

    TrytonTemplate withVariant(TrytonVariant variant) {
        List<TrytonVariant> more = new java.util.ArrayList<>(variants);
        more.add(variant);
        return new TrytonTemplate(id, name, listPrice, active, type, salable, saleUom, purchasable, purchaseUom,
                categories, accountCategory, more);
    }
}
