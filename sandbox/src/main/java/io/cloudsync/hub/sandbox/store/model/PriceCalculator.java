package io.cloudsync.hub.sandbox.store.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * PrestaShop's {@code Product::priceCalculation} for one shop, one currency and the default country: base price (or
 * a specific fixed price) plus the combination impact, tax, then the best specific price's reduction.
 */
public final class PriceCalculator {

    /** Spain in a default PrestaShop installation ({@code PS_COUNTRY_DEFAULT}). */
    public static final int DEFAULT_COUNTRY = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<SpecificPrice> PRIORITY = Comparator
            .comparingInt(SpecificPrice::combinationId).reversed()
            .thenComparing(Comparator.comparingInt(SpecificPrice::fromQuantity).reversed())
            .thenComparing(Comparator.comparingLong(SpecificPrice::to).reversed())
            .thenComparing(Comparator.comparingLong(SpecificPrice::from).reversed())
            .thenComparingInt(SpecificPrice::id);

    private final ShopData data;

    public PriceCalculator(ShopData data) {
        this.data = data;
    }

    /** The price in millionths, or −1 when the product does not exist. */
    public long price(int productId, PriceRequest request, long wallNow) {
        Product product = data.products.get(productId);
        if (product == null) {
            return -1;
        }
        Combination combination = request.combinationId() == 0 ? null : data.combinations.get(request.combinationId());
        if (combination != null && combination.productId() != productId) {
            combination = null;
        }
        SpecificPrice specific = bestSpecificPrice(productId, request.combinationId(), request.quantity(), wallNow);
        BigDecimal price = Micros.toDecimal(specific == null || specific.priceMicros() < 0
                ? product.priceMicros() : specific.priceMicros());
        if (combination != null && (specific == null || specific.combinationId() == 0 || specific.priceMicros() < 0)) {
            price = price.add(Micros.toDecimal(combination.priceImpactMicros()));
        }
        BigDecimal taxFactor = BigDecimal.ONE.add(Micros.toDecimal(
                data.taxRate(product.taxRulesGroupId(), DEFAULT_COUNTRY)).divide(HUNDRED, MathContext.DECIMAL64));
        if (request.useTax()) {
            price = price.multiply(taxFactor);
        }
        BigDecimal reduction = BigDecimal.ZERO;
        if (specific != null && (request.onlyReduction() || request.useReduction())) {
            reduction = reductionOf(specific, price, taxFactor, request.useTax());
        }
        if (request.useReduction()) {
            price = price.subtract(reduction);
        }
        if (request.onlyReduction()) {
            return Micros.of(reduction.setScale(request.decimals(), RoundingMode.HALF_UP));
        }
        price = price.setScale(request.decimals(), RoundingMode.HALF_UP);
        return price.signum() < 0 ? 0 : Micros.of(price);
    }

    private static BigDecimal reductionOf(SpecificPrice specific, BigDecimal price, BigDecimal taxFactor,
                                          boolean useTax) {
        BigDecimal amount = Micros.toDecimal(specific.reductionMicros());
        if (!SpecificPrice.AMOUNT.equals(specific.reductionType())) {
            return price.multiply(amount);
        }
        if (!useTax && specific.reductionTax()) {
            return amount.divide(taxFactor, MathContext.DECIMAL64);
        }
        if (useTax && !specific.reductionTax()) {
            return amount.multiply(taxFactor);
        }
        return amount;
    }

    /** The specific price PrestaShop would pick: combination-specific first, then by quantity and dates. */
    public SpecificPrice bestSpecificPrice(int productId, int combinationId, int quantity, long wallNow) {
        SpecificPrice best = null;
        for (int id : data.specificPricesOfProduct.of(productId)) {
            SpecificPrice candidate = data.specificPrices.get(id);
            if (candidate == null || !candidate.validAt(wallNow) || candidate.fromQuantity() > quantity
                    || (candidate.combinationId() != 0 && candidate.combinationId() != combinationId)
                    || candidate.customerId() != 0 || candidate.groupId() != 0) {
                continue;
            }
            if (best == null || PRIORITY.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        return best;
    }
}
