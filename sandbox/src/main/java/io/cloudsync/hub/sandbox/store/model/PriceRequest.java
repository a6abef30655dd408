package io.cloudsync.hub.sandbox.store.model;

/**
 * What {@code price[alias][...]} asks for, with PrestaShop's defaults: tax included ({@code PS_TAX}), reductions
 * applied, rounded to 2 decimals ({@code PS_PRICE_ROUND_MODE}), for one unit, without a combination.
 */
public record PriceRequest(boolean useTax, boolean useReduction, boolean onlyReduction, int decimals, int quantity,
                           int combinationId) {

    public static final PriceRequest DEFAULT = new PriceRequest(true, true, false, 2, 1, 0);

    public PriceRequest forCombination(int id) {
        return new PriceRequest(useTax, useReduction, onlyReduction, decimals, quantity, id);
    }
}
