package io.cloudsync.hub.erp.products;

import java.math.BigDecimal;

/**
 * A store variation as Tryton gets it: a variant (product.product) whose code is the SKU.
 *
 * @param sku       the variation's reference: the variant's {@code suffix_code}, so its {@code code} (the template's
 *                  code stays empty)
 * @param costPrice the store's cost price without tax; null when the store has none (Tryton's is left alone)
 */
public record MappedVariant(String sku, BigDecimal costPrice) {
}
