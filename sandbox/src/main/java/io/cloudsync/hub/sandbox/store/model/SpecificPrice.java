package io.cloudsync.hub.sandbox.store.model;

/**
 * A {@code ps_specific_price}: a fixed price ({@code priceMicros} ≥ 0, else −1) and/or a reduction, for a product
 * or one of its combinations, valid between {@code from} and {@code to} (shop-local; {@link ShopTime#ZERO} = open).
 *
 * @param reductionTax for an amount reduction: whether the amount includes tax
 */
public record SpecificPrice(int id, int productId, int combinationId, int groupId, int customerId, int fromQuantity,
                            long priceMicros, long reductionMicros, boolean reductionTax, String reductionType,
                            long from, long to) {

    public static final String PERCENTAGE = "percentage";
    public static final String AMOUNT = "amount";

    public boolean validAt(long wallNow) {
        return (from == ShopTime.ZERO || from <= wallNow) && (to == ShopTime.ZERO || wallNow <= to);
    }
}
