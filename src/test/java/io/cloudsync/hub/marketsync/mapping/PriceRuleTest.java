package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceRuleTest {

    private static PriceRule rule(String markup, String fixedAdd, String roundTo, String maxDiscount) {
        return new PriceRule(new BigDecimal(markup), new BigDecimal(fixedAdd),
                roundTo == null ? null : new BigDecimal(roundTo), maxDiscount == null ? null : new BigDecimal(maxDiscount));
    }

    @Test
    void withoutARuleAMarketGetsTheStoresListAndFinalPrices() {
        MarketPrice price = PriceRule.storePrices(1, ClothingShop.prices("499.00", "399.20"));

        assertThat(price).isEqualTo(new MarketPrice(1, new BigDecimal("499.00"), new BigDecimal("399.20")));
    }

    @Test
    void markupAndFixedAmountApplyToBothPricesAndRoundUpToCents() {
        MarketPrice price = rule("15", "10", null, null).apply(4, ClothingShop.prices("499.00", "399.20"));

        assertThat(price.precio()).isEqualByComparingTo("583.85");   // 499 × 1.15 + 10
        assertThat(price.oferta()).isEqualByComparingTo("469.08");   // 399.20 × 1.15 + 10 = 469.08
        assertThat(price.marketId()).isEqualTo(4);
    }

    @Test
    void anEndingBelowOneGivesPricesEndingInIt() {
        PriceRule ninetyNine = rule("0", "0", "0.99", null);

        assertThat(ninetyNine.apply(4, ClothingShop.prices("412.30", "412.99")).precio()).isEqualByComparingTo("412.99");
        assertThat(ninetyNine.apply(4, ClothingShop.prices("413.00", "412.99")).precio()).isEqualByComparingTo("413.99");
        assertThat(ninetyNine.apply(4, ClothingShop.prices("413.00", "412.99")).oferta()).isEqualByComparingTo("412.99");
    }

    @Test
    void aStepOfOneOrMoreRoundsUpToItsMultiples() {
        assertThat(rule("0", "0", "1", null).apply(6, ClothingShop.prices("412.01", "412.00")))
                .isEqualTo(new MarketPrice(6, new BigDecimal("413"), new BigDecimal("412")));
        assertThat(rule("0", "0", "10", null).apply(6, ClothingShop.prices("412.01", "400.00")))
                .isEqualTo(new MarketPrice(6, new BigDecimal("420"), new BigDecimal("400")));
    }

    @Test
    void aMaximumDiscountRaisesTheOfferToThatDistanceBelowTheListPrice() {
        MarketPrice price = rule("0", "0", null, "50").apply(4, ClothingShop.prices("1000.00", "300.00"));

        assertThat(price.oferta()).isEqualByComparingTo("500.00");
        assertThat(price.precio()).isEqualByComparingTo("1000.00");
        assertThat(rule("0", "0", null, "50").apply(4, ClothingShop.prices("1000.00", "800.00")).oferta())
                .as("a smaller discount is left alone").isEqualByComparingTo("800.00");
    }

    @Test
    void discountPercentIsMeasuredAgainstTheListPrice() {
        assertThat(new MarketPrice(1, new BigDecimal("499.00"), new BigDecimal("399.20")).discountPercent())
                .isEqualByComparingTo("20.00");
        assertThat(new MarketPrice(1, new BigDecimal("100"), new BigDecimal("120")).discountPercent()).isZero();
        assertThat(new MarketPrice(1, BigDecimal.ZERO, BigDecimal.ZERO).discountPercent()).isZero();
    }

    @Test
    void impossibleRulesAreRefused() {
        assertThatThrownBy(() -> rule("-100", "0", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("0", "0", "0", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("0", "0", null, "100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributeSourcesParseAndPrintBack() {
        assertThat(AttributeSource.parse("feature: Composición")).hasValue(
                new AttributeSource(AttributeSource.Kind.FEATURE, "Composición"));
        assertThat(AttributeSource.parse("Color")).hasValue(new AttributeSource(AttributeSource.Kind.COLOUR, ""));
        assertThat(AttributeSource.parse("constant:Talla: M").orElseThrow().argument()).isEqualTo("Talla: M");
        assertThat(AttributeSource.parse("option:Talla").orElseThrow().toString()).isEqualTo("option:Talla");
        assertThat(AttributeSource.parse("feature")).isEmpty();
        assertThat(AttributeSource.parse("ean13:x")).isEmpty();
        assertThat(AttributeSource.parse("ean13").orElseThrow().identifier()).isTrue();
        assertThat(AttributeSource.parse("name").orElseThrow().identifier()).isFalse();
    }
}
