package io.cloudsync.hub.sandbox.store.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.OrderTotals;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated catalogue: realistic, with the deliberate anomalies, and internally consistent. */
class ShopGeneratorTest {

    private static final Instant START = Instant.parse("2024-06-15T10:00:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static ShopData shop;

    @BeforeAll
    static void generate() {
        shop = ShopGenerator.generate(new GenerationPlan(2000, 42, List.of("es", "en"), MADRID, 300, 800, 90, START));
    }

    @Test
    void sizesFollowThePlanDownToTenProducts() {
        ShopData tiny = ShopGenerator.generate(new GenerationPlan(10, 1, List.of("es", "en"), MADRID, 5, 8, 30, START));

        assertThat(tiny.products.size()).isEqualTo(10);
        assertThat(tiny.customers.size()).isEqualTo(5);
        assertThat(tiny.orders.size()).isEqualTo(8);
        assertThat(shop.products.size()).isEqualTo(2000);
    }

    @Test
    void everyProductHasOneToSixCombinationsWithStockRowsSummingUp() {
        shop.products.forEach(product -> {
            int[] combinations = shop.combinationsOfProduct.of(product.id());
            assertThat(combinations.length).isBetween(1, 6);
            int sum = 0;
            for (int id : combinations) {
                sum += shop.stockOf(product.id(), id).quantity();
            }
            assertThat(shop.stockOf(product.id(), 0).quantity()).isEqualTo(sum);
            assertThat(shop.combinations.get(combinations[0]).defaultOn()).isTrue();
        });
        int[] zero = {0};
        shop.stockAvailables.forEach(row -> zero[0] += row.combinationId() != 0 && row.quantity() == 0 ? 1 : 0);
        assertThat(zero[0]).isPositive();
    }

    @Test
    void referencesAreMostlySkuLikeWithDeliberateFaults() {
        Map<String, Integer> seen = new HashMap<>();
        int[] kinds = new int[4];
        shop.products.forEach(product -> {
            String reference = product.reference();
            if (reference.isEmpty()) {
                kinds[0]++;
            } else if (reference.length() < 5) {
                kinds[1]++;
            } else if (reference.length() > 18) {
                kinds[2]++;
            }
            seen.merge(reference, 1, Integer::sum);
        });
        long duplicated = seen.entrySet().stream().filter(e -> !e.getKey().isEmpty() && e.getValue() > 1).count();
        long typical = shop.products.all().stream().filter(p -> p.reference().length() >= 6 && p.reference().length() <= 12)
                .count();

        assertThat(kinds[0]).as("empty").isPositive();
        assertThat(kinds[1]).as("too short").isPositive();
        assertThat(kinds[2]).as("too long").isPositive();
        assertThat(duplicated).as("duplicated").isPositive();
        assertThat(typical).isGreaterThan(1800);
    }

    @Test
    void ean13CodesAreValid() {
        List<String> codes = new java.util.ArrayList<>();
        shop.products.forEach(product -> codes.add(product.ean13()));
        shop.combinations.forEach(combination -> codes.add(combination.ean13()));

        assertThat(codes.stream().filter(code -> !code.isEmpty())).allMatch(Ean13::isValid);
        assertThat(new HashSet<>(codes.stream().filter(code -> !code.isEmpty()).toList())).hasSameSizeAs(
                codes.stream().filter(code -> !code.isEmpty()).toList());
        assertThat(Ean13.isValid("8400000000086")).isTrue();
    }

    @Test
    void coloursSizesTaxesAndPricesAreVaried() {
        Set<Integer> optionValues = new HashSet<>();
        shop.combinations.forEach(combination -> {
            for (int value : combination.optionValueIds()) {
                optionValues.add(value);
            }
        });
        Set<String> colourNames = new HashSet<>();
        optionValues.forEach(id -> colourNames.add(shop.optionValues.get(id).name().get(1)));
        Set<Integer> taxGroups = new HashSet<>();
        shop.products.forEach(product -> taxGroups.add(product.taxRulesGroupId()));
        Set<String> reductionTypes = new HashSet<>();
        shop.specificPrices.forEach(price -> reductionTypes.add(price.reductionType()));

        assertThat(colourNames).contains("Red", "Navy", "XL", "42", "Hardcover");
        assertThat(colourNames).containsAnyOf("Eau de Nil", "International Klein Blue", "Opaque Couché", "Sahara sand");
        assertThat(shop.optionValues.all()).anyMatch(value -> value.name().get(0).equals("Azul marino"));
        assertThat(taxGroups).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(shop.taxes.all()).extracting(tax -> tax.rateMicros() / 1_000_000).containsExactly(21L, 10L, 4L);
        assertThat(reductionTypes).containsExactlyInAnyOrder(SpecificPrice.PERCENTAGE, SpecificPrice.AMOUNT);
        assertThat(shop.combinations.all()).anyMatch(combination -> combination.priceImpactMicros() > 0)
                .anyMatch(combination -> combination.priceImpactMicros() < 0);
    }

    @Test
    void productTextsAreHtmlInBothLanguages() {
        Product product = shop.products.get(1);
        var spanish = shop.languages.byIso("es");
        var english = shop.languages.byIso("en");

        assertThat(product.texts().get(io.cloudsync.hub.sandbox.store.model.ProductTextField.DESCRIPTION, spanish))
                .startsWith("<p>").contains("</ul>");
        assertThat(product.texts().get(io.cloudsync.hub.sandbox.store.model.ProductTextField.NAME, spanish))
                .isNotEqualTo(product.texts().get(io.cloudsync.hub.sandbox.store.model.ProductTextField.NAME, english));
    }

    @Test
    void orderTotalsAddUp() {
        shop.orders.forEach(order -> {
            OrderTotals totals = order.totals();
            long products = 0;
            long productsWt = 0;
            for (OrderRow row : order.rows()) {
                products += row.unitPriceTaxExclMicros() * row.quantity();
                productsWt += row.unitPriceTaxInclMicros() * row.quantity();
                assertThat(row.unitPriceTaxInclMicros()).isGreaterThanOrEqualTo(row.unitPriceTaxExclMicros());
            }
            assertThat(totals.products()).isEqualTo(io.cloudsync.hub.sandbox.store.model.Micros.round(products, 2));
            assertThat(totals.productsWt()).isEqualTo(productsWt);
            assertThat(totals.paidTaxIncl()).isEqualTo(totals.productsWt() + totals.shippingTaxIncl()
                    - totals.discountsTaxIncl());
            assertThat(totals.paidTaxExcl()).isEqualTo(totals.products() + totals.shippingTaxExcl()
                    - totals.discountsTaxExcl());
            assertThat(shop.carts.get(order.cartId()).customerId()).isEqualTo(order.customerId());
        });
    }

    @Test
    void ordersSpreadOverStatesWithAConsistentHistoryInsideTheWindow() {
        Map<Integer, Integer> lastState = new HashMap<>();
        Map<Integer, Long> lastDate = new HashMap<>();
        shop.orderHistories.forEach((OrderHistory history) -> {
            lastState.put(history.orderId(), history.orderStateId());
            lastDate.put(history.orderId(), history.dateAdd());
        });
        Set<Integer> states = new HashSet<>();
        long earliest = ShopTime.of(START.minusSeconds(90L * 86_400), MADRID);
        long end = ShopTime.of(START, MADRID);
        shop.orders.forEach((Order order) -> {
            states.add(order.currentState());
            assertThat(lastState.get(order.id())).isEqualTo(order.currentState());
            assertThat(order.dateUpd()).isEqualTo(lastDate.get(order.id()));
            assertThat(order.dateAdd()).isBetween(earliest, end);
            assertThat(shop.orderStates.get(order.currentState()).paid() || order.totals().paidReal() == 0).isTrue();
        });

        assertThat(states).contains(2, 3, 4, 5, 6);
    }

    @Test
    void everyCustomerHasAnAddress() {
        Set<Integer> withAddress = new HashSet<>();
        shop.addresses.forEach(address -> withAddress.add(address.customerId()));

        assertThat(withAddress).hasSize(shop.customers.size());
        assertThat(shop.customers.all()).anyMatch(customer -> customer.guest());
    }

    @Test
    void theSameSeedGivesTheSameShopAndAnotherSeedAnotherOne() {
        GenerationPlan plan = new GenerationPlan(200, 7, List.of("es", "en"), MADRID, 30, 60, 30, START);
        ShopData first = ShopGenerator.generate(plan);
        ShopData second = ShopGenerator.generate(plan);
        ShopData other = ShopGenerator.generate(new GenerationPlan(200, 8, List.of("es", "en"), MADRID, 30, 60, 30, START));

        assertThat(signature(second)).isEqualTo(signature(first));
        assertThat(signature(other)).isNotEqualTo(signature(first));
    }

    /** Everything that identifies a generated shop, as comparable values. */
    private static List<Object> signature(ShopData data) {
        List<Object> values = new java.util.ArrayList<>();
        data.products.forEach(p -> values.add(List.of(p.id(), p.reference(), p.ean13(), p.priceMicros(), p.dateUpd(),
                java.util.Arrays.toString(p.categoryIds()), java.util.Arrays.toString(p.imageIds()),
                p.texts().get(io.cloudsync.hub.sandbox.store.model.ProductTextField.NAME, data.languages.defaultLanguage()))));
        data.combinations.forEach((Combination c) -> values.add(List.of(c.id(), c.productId(), c.reference(),
                c.priceImpactMicros(), java.util.Arrays.toString(c.optionValueIds()))));
        data.stockAvailables.forEach((StockAvailable s) -> values.add(List.of(s.id(), s.quantity())));
        data.specificPrices.forEach(values::add);
        data.customers.forEach(c -> values.add(List.of(c.id(), c.email(), c.passwd(), c.dateAdd())));
        data.orders.forEach(o -> values.add(List.of(o.id(), o.reference(), o.currentState(), o.totals(), o.rows())));
        return values;
    }
}
