package io.cloudsync.hub.sandbox.store.model;

/** An order's amounts in millionths; paid = products + shipping − discounts, with and without tax. */
public record OrderTotals(long discountsTaxIncl, long discountsTaxExcl, long paidTaxIncl, long paidTaxExcl,
                          long paidReal, long products, long productsWt, long shippingTaxIncl, long shippingTaxExcl,
                          long carrierTaxRate) {

    public OrderTotals withPaidReal(long value) {
        return new OrderTotals(discountsTaxIncl, discountsTaxExcl, paidTaxIncl, paidTaxExcl, value, products,
                productsWt, shippingTaxIncl, shippingTaxExcl, carrierTaxRate);
    }
}
