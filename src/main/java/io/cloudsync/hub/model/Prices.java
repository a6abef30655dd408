package io.cloudsync.hub.model;

import java.math.BigDecimal;

/**
 * Prices as the store computes them for one product or combination.
 *
 * @param taxExcluded the base price without tax and before specific prices
 * @param listPrice   tax included, before specific prices (MarketSync's {@code precio})
 * @param finalPrice  tax included, after specific prices (MarketSync's {@code oferta})
 */
public record Prices(BigDecimal taxExcluded, BigDecimal listPrice, BigDecimal finalPrice) {

    public Prices {
        taxExcluded = scaled(taxExcluded);
        listPrice = scaled(listPrice);
        finalPrice = scaled(finalPrice);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
