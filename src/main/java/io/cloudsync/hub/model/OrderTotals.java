package io.cloudsync.hub.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An order's amounts as the store recorded them, in the order's currency, tax included and excluded kept apart.
 * {@code paid} is what the customer owes: products + shipping − discounts (+ gift wrapping); {@code paidReal} is
 * what the shop has received so far ({@code total_paid_real}).
 */
public record OrderTotals(
        BigDecimal productsTaxIncl,
        BigDecimal productsTaxExcl,
        BigDecimal shippingTaxIncl,
        BigDecimal shippingTaxExcl,
        BigDecimal discountsTaxIncl,
        BigDecimal discountsTaxExcl,
        BigDecimal paidTaxIncl,
        BigDecimal paidTaxExcl,
        BigDecimal paidReal) {

    public OrderTotals {
        productsTaxIncl = money(productsTaxIncl);
        productsTaxExcl = money(productsTaxExcl);
        shippingTaxIncl = money(shippingTaxIncl);
        shippingTaxExcl = money(shippingTaxExcl);
        discountsTaxIncl = money(discountsTaxIncl);
        discountsTaxExcl = money(discountsTaxExcl);
        paidTaxIncl = money(paidTaxIncl);
        paidTaxExcl = money(paidTaxExcl);
        paidReal = money(paidReal);
    }

    /** Amounts are kept with two decimals, as PrestaShop rounds order totals. */
    static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }
}
