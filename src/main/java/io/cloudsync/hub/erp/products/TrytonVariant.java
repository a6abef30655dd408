package io.cloudsync.hub.erp.products;

import java.math.BigDecimal;

/** A variant (product.product) as Tryton holds it now. {@code costPrice} null: Tryton sent none. */
public record TrytonVariant(long id, String code, boolean active, BigDecimal costPrice, long template) {
}
