package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trap 6: price is tax excluded and before specific prices, a combination price is an impact; computed prices
 * (price[alias][…]) are checked against a hand computation from the webservice's own numbers.
 */
class ComputedPriceTest {

    private static SandboxStore store;
    private static List<Integer> plain;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
        plain = new ArrayList<>();
        for (int id = 1; id <= 60 && plain.size() < 5; id++) {
            if (store.shop.data().specificPricesOfProduct.of(id).length == 0
                    && store.shop.data().combinationsOfProduct.of(id).length >= 2) {
                plain.add(id);
            }
        }
        reduction(plain.get(0), 0, "percentage", "0.20", true, null, null);
        reduction(plain.get(1), 0, "amount", "5.00", true, null, null);
        reduction(plain.get(2), 0, "amount", "3.00", false, null, null);
        reduction(plain.get(3), 0, "percentage", "0.50", true, "2024-01-01 00:00:00", "2024-02-01 00:00:00");
        reduction(plain.get(4), combinations(plain.get(4)).get(0), "percentage", "0.10", true, null, null);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static void reduction(int product, int combination, String type, String amount, boolean taxIncluded,
                                  String from, String to) {
        String body = "{\"productId\":" + product + ",\"combinationId\":" + combination + ",\"reductionType\":\"" + type
                + "\",\"reduction\":\"" + amount + "\",\"reductionTax\":" + taxIncluded
                + (from == null ? "" : ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"") + "}";
        assertThat(store.control("POST", "/_sandbox/specific_prices", body).statusCode()).isEqualTo(201);
    }

    private static List<Integer> combinations(int product) {
        List<Integer> ids = new ArrayList<>();
        store.json("/api/combinations?filter[id_product]=[" + product + "]").path("combinations")
                .forEach(row -> ids.add(row.path("id").asInt()));
        return ids;
    }

    /** Price (tax excluded) + impact, and the tax factor, read through the webservice like a connector would. */
    private static BigDecimal[] basis(int product, int combination) {
        JsonNode row = store.json("/api/products/" + product).path("product");
        BigDecimal price = new BigDecimal(row.path("price").asText());
        if (combination != 0) {
            price = price.add(new BigDecimal(store.json("/api/combinations/" + combination).path("combination")
                    .path("price").asText()));
        }
        String group = row.path("id_tax_rules_group").asText();
        String taxId = store.json("/api/tax_rules?display=full&filter[id_tax_rules_group]=[" + group + "]")
                .path("tax_rules").get(0).path("id_tax").asText();
        BigDecimal rate = new BigDecimal(store.json("/api/taxes/" + taxId).path("tax").path("rate").asText());
        return new BigDecimal[] {price, BigDecimal.ONE.add(rate.movePointLeft(2))};
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).setScale(6, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String computed(int product, String alias, String parameters) {
        return store.json("/api/products/" + product + "?" + parameters).path("product").path(alias).asText();
    }

    @Test
    void percentageReductionOnTheTaxIncludedPriceOfACombination() {
        int product = plain.get(0);
        int combination = combinations(product).get(1);
        BigDecimal[] basis = basis(product, combination);
        String expected = money(basis[0].multiply(basis[1]).multiply(new BigDecimal("0.80")));

        assertThat(computed(product, "final", "price[final][use_tax]=1&price[final][use_reduction]=1"
                + "&price[final][product_attribute]=" + combination)).isEqualTo(expected);
        assertThat(store.json("/api/combinations/" + combination + "?price[final][use_tax]=1").path("combination")
                .path("final").asText()).isEqualTo(expected);
    }

    @Test
    void withoutTaxOrWithoutReduction() {
        int product = plain.get(0);
        BigDecimal[] basis = basis(product, 0);

        assertThat(computed(product, "net", "price[net][use_tax]=0"))
                .isEqualTo(money(basis[0].multiply(new BigDecimal("0.80"))));
        assertThat(computed(product, "gross", "price[gross][use_reduction]=0"))
                .isEqualTo(money(basis[0].multiply(basis[1])));
        assertThat(computed(product, "cut", "price[cut][only_reduction]=1"))
                .isEqualTo(money(basis[0].multiply(basis[1]).multiply(new BigDecimal("0.20"))));
        assertThat(computed(product, "precise", "price[precise][decimals]=4"))
                .isEqualTo(basis[0].multiply(basis[1]).multiply(new BigDecimal("0.80"))
                        .setScale(4, RoundingMode.HALF_UP).setScale(6, RoundingMode.UNNECESSARY).toPlainString());
    }

    @Test
    void amountReductionsWithAndWithoutTax() {
        BigDecimal[] included = basis(plain.get(1), 0);
        BigDecimal[] excluded = basis(plain.get(2), 0);

        assertThat(computed(plain.get(1), "final", "price[final][use_tax]=1"))
                .isEqualTo(money(included[0].multiply(included[1]).subtract(new BigDecimal("5.00"))));
        assertThat(computed(plain.get(1), "net", "price[net][use_tax]=0"))
                .isEqualTo(money(included[0].subtract(new BigDecimal("5.00").divide(included[1], 10, RoundingMode.HALF_UP))));
        assertThat(computed(plain.get(2), "final", "price[final][use_tax]=1"))
                .isEqualTo(money(excluded[0].add(new BigDecimal("-3.00")).multiply(excluded[1])));
    }

    @Test
    void anExpiredSpecificPriceIsIgnored() {
        BigDecimal[] basis = basis(plain.get(3), 0);

        assertThat(computed(plain.get(3), "final", "price[final][use_tax]=1"))
                .isEqualTo(money(basis[0].multiply(basis[1])));
    }

    @Test
    void aCombinationSpecificPriceOnlyAppliesToThatCombination() {
        int product = plain.get(4);
        List<Integer> ids = combinations(product);
        JsonNode rows = store.json("/api/combinations?display=[id,price,final]&filter[id_product]=[" + product
                + "]&price[final][use_tax]=1").path("combinations");

        BigDecimal[] first = basis(product, ids.get(0));
        BigDecimal[] second = basis(product, ids.get(1));
        assertThat(rows.get(0).path("final").asText())
                .isEqualTo(money(first[0].multiply(first[1]).multiply(new BigDecimal("0.90"))));
        assertThat(rows.get(1).path("final").asText()).isEqualTo(money(second[0].multiply(second[1])));
        BigDecimal[] product0 = basis(product, 0);
        assertThat(computed(product, "final", "price[final][use_tax]=1")).isEqualTo(money(product0[0].multiply(product0[1])));
    }

    @Test
    void severalAliasesInOneListCallComeAfterTheFieldsAndBeforeAssociations() {
        JsonNode product = store.json("/api/products?display=full&filter[id]=[" + plain.get(0)
                + "]&price[final][use_tax]=1&price[net][use_tax]=0").path("products").get(0);
        List<String> names = new ArrayList<>();
        product.fieldNames().forEachRemaining(names::add);

        assertThat(names.subList(names.size() - 3, names.size())).containsExactly("final", "net", "associations");
        assertThat(product.path("price").asText()).as("the stored price stays tax excluded, before reductions")
                .isEqualTo(basis(plain.get(0), 0)[0].toPlainString());
        assertThat(store.json("/api/products?display=[id,final]&limit=1&price[final][use_tax]=1").path("products").get(0)
                .fieldNames()).toIterable().containsExactly("id", "final");
    }
}
