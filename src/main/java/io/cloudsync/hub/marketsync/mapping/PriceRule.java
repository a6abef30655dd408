package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.model.Prices;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one marketplace's prices derive from the store's tax-included prices (commissions make marketplace prices
 * higher than the shop's). Applied alike to the list price (→ {@code precio}) and the final price
 * (→ {@code oferta}): {@code price × (1 + markupPercent/100) + fixedAdd}; then, with {@code maxDiscountPercent},
 * the offer is raised so that it is never further below the list price than that (guarding margin and
 * MarketSync's warning that discounts over 60 % get listings rejected); then both are rounded up with
 * {@code roundTo}.
 *
 * @param roundTo            below 1: the ending of the price ({@code 0.99}: 412.30 → 412.99); 1 or more: a step the
 *                           price is rounded up to ({@code 1}: whole pesos, {@code 10}: tens); {@code null}: cents
 * @param maxDiscountPercent {@code null} for no limit
 */
public record PriceRule(BigDecimal markupPercent, BigDecimal fixedAdd, BigDecimal roundTo, BigDecimal maxDiscountPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PriceRule {
        markupPercent = markupPercent == null ? BigDecimal.ZERO : markupPercent;
        fixedAdd = fixedAdd == null ? BigDecimal.ZERO : fixedAdd;
        if (markupPercent.compareTo(HUNDRED.negate()) <= 0) {
            throw new IllegalArgumentException("markupPercent must be above -100");
        }
        if (roundTo != null && roundTo.signum() <= 0) {
            throw new IllegalArgumentException("roundTo must be above 0");
        }
        if (maxDiscountPercent != null && (maxDiscountPercent.signum() < 0 || maxDiscountPercent.compareTo(HUNDRED) >= 0)) {
            throw new IllegalArgumentException("maxDiscountPercent must be from 0 to below 100");
        }
    }

    /** A market without a rule: the store's own prices. */
    public static MarketPrice storePrices(long marketId, Prices prices) {
        return new MarketPrice(marketId, prices.listPrice(), prices.finalPrice());
    }

    public MarketPrice apply(long marketId, Prices prices) {
        BigDecimal list = adjust(prices.listPrice());
        BigDecimal offer = adjust(prices.finalPrice());
        if (maxDiscountPercent != null) {
            BigDecimal floor = list.multiply(BigDecimal.ONE.subtract(maxDiscountPercent.divide(HUNDRED)));
            offer = offer.max(floor);
        }
        return new MarketPrice(marketId, round(list), round(offer));
    }

    private BigDecimal adjust(BigDecimal price) {
        return price.multiply(BigDecimal.ONE.add(markupPercent.divide(HUNDRED))).add(fixedAdd);
    }

    private BigDecimal round(BigDecimal price) {
        BigDecimal cents = price.setScale(2, RoundingMode.CEILING);
        if (roundTo == null || cents.signum() <= 0) {
            return cents;
        }
        if (roundTo.compareTo(BigDecimal.ONE) < 0) {
            BigDecimal candidate = cents.setScale(0, RoundingMode.FLOOR).add(roundTo);
            if (candidate.compareTo(cents) < 0) {
                candidate = candidate.add(BigDecimal.ONE);
            }
            return candidate.setScale(2, RoundingMode.HALF_UP);
        }
        return cents.divide(roundTo, 0, RoundingMode.CEILING).multiply(roundTo).setScale(2, RoundingMode.HALF_UP);
    }
}
