package io.cloudsync.hub.erp.products;

import static io.cloudsync.hub.erp.products.StoreProducts.mapped;
import static io.cloudsync.hub.erp.products.StoreProducts.size;
import static io.cloudsync.hub.erp.products.StoreProducts.tshirt;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductsPlannerTest {

    private static final Map<String, Object> DECIMAL_4_20 = Map.of("__class__", "Decimal", "decimal", "4.20");
    private final ProductsPlanner planner = new ProductsPlanner(new TemplateReferences(1, 7, 7), 2);

    @Test
    void aProductTrytonDoesNotKnowIsOneTemplateCreateWithAllItsVariants() {
        ProductsRun run = planner.plan(List.of(ProductChange.live(mapped(tshirt()))), TrytonProducts.none());

        List<TrytonCall> calls = calls(run);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("model.product.template.create");
            assertThat(values(call, 0)).containsExactly(Map.entry("name", "T-shirt"), Map.entry("type", "goods"),
                    Map.entry("default_uom", 1L),
                    Map.entry("list_price", Map.of("__class__", "Decimal", "decimal", "16.53")),
                    Map.entry("salable", true), Map.entry("sale_uom", 1L), Map.entry("purchasable", true),
                    Map.entry("purchase_uom", 1L), Map.entry("categories", List.of(List.of("add", List.of(7L)))),
                    Map.entry("account_category", 7L), Map.entry("active", true),
                    Map.entry("products", List.of(List.of("create", List.of(
                            Map.of("suffix_code", "TS-S", "cost_price", DECIMAL_4_20, "active", true),
                            Map.of("suffix_code", "TS-M", "active", true))))));
        });
        assertThat(run.reasons()).isEmpty();
    }

    @Test
    void newTemplatesGoInBatchesAndWithoutAnAccountCategoryWhenTrytonHasNone() {
        ProductsPlanner noAccounting = new ProductsPlanner(new TemplateReferences(1, 7, -1), 2);
        List<ProductChange> changes = new ArrayList<>();
        for (int id = 1; id <= 5; id++) {
            changes.add(ProductChange.live(mapped(StoreProducts.product(id, "P" + id, "P" + id, true, "1.00",
                    List.of(size(0, "P" + id, "", null))))));
        }

        List<TrytonCall> calls = calls(noAccounting.plan(changes, TrytonProducts.none()));

        assertThat(calls).extracting(call -> ((List<?>) call.params().get(0)).size()).containsExactly(2, 2, 1);
        assertThat(values(calls.get(0), 0)).doesNotContainKey("account_category");
    }

    @Test
    void aProductTrytonHasAsItIsNeedsNoCall() {
        TrytonProducts tryton = new TrytonRows().template(3, "T-shirt", "16.5300", true,
                10L, "TS-S", true, "4.2000", 11L, "TS-M", true, "0").products();

        ProductsRun run = planner.plan(List.of(ProductChange.live(mapped(tshirt()))), tryton);

        assertThat(run.hasNext()).isFalse();
        assertThat(run.delivered()).containsExactly("12");
    }

    @Test
    void anEditIsAWriteOfOnlyTheFieldsThatDiffer() {
        TrytonProducts tryton = new TrytonRows().template(3, "Old name", "16.53", true,
                10L, "TS-S", true, "3.99", 11L, "TS-M", true, "0").products();

        List<TrytonCall> calls = calls(planner.plan(List.of(ProductChange.live(mapped(tshirt()))), tryton));

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("model.product.template.write");
            assertThat(call.params()).containsExactly(List.of(3L), Map.of("name", "T-shirt", "products",
                    List.of(List.of("write", List.of(10L), Map.of("cost_price", DECIMAL_4_20)))),
                    Map.of("active_test", false));
        });
    }

    @Test
    void aNewVariationOfAKnownTemplateIsAVariantCreateAndAGoneOneIsDeactivated() {
        TrytonProducts tryton = new TrytonRows().template(3, "T-shirt", "16.53", true,
                10L, "TS-S", true, "4.20", 12L, "TS-XL", true, "0").products();

        List<TrytonCall> calls = calls(planner.plan(List.of(ProductChange.live(mapped(tshirt()))), tryton));

        assertThat(calls).extracting(TrytonCall::method).containsExactly("model.product.template.write",
                "model.product.product.create");
        assertThat(calls.get(0).params().get(1)).isEqualTo(Map.of("products",
                List.of(List.of("write", List.of(12L), Map.of("active", false)))));
        assertThat(values(calls.get(1), 0)).isEqualTo(Map.of("template", 3L, "suffix_code", "TS-M", "active", true));
    }

    @Test
    void aDeletedProductDeactivatesItsTemplateAndVariantsInOneWriteAndComesBackTheSameWay() {
        TrytonProducts active = new TrytonRows().template(3, "T-shirt", "16.53", true,
                10L, "TS-S", true, "4.20", 11L, "TS-M", true, "0").products();
        TrytonProducts inactive = new TrytonRows().template(3, "T-shirt", "16.53", false,
                10L, "TS-S", false, "4.20", 11L, "TS-M", false, "0").products();

        List<TrytonCall> deleted = calls(planner.plan(List.of(ProductChange.deleted(mapped(tshirt()))), active));
        List<TrytonCall> back = calls(planner.plan(List.of(ProductChange.live(mapped(tshirt()))), inactive));
        List<TrytonCall> again = calls(planner.plan(List.of(ProductChange.deleted(mapped(tshirt()))), inactive));

        assertThat(deleted).singleElement().satisfies(call -> assertThat(call.params().get(1)).isEqualTo(Map.of(
                "active", false, "products", List.of(List.of("write", List.of(10L), Map.of("active", false)),
                        List.of("write", List.of(11L), Map.of("active", false))))));
        assertThat(back).singleElement().satisfies(call -> assertThat(call.params().get(1)).isEqualTo(Map.of(
                "active", true, "products", List.of(List.of("write", List.of(10L), Map.of("active", true)),
                        List.of("write", List.of(11L), Map.of("active", true))))));
        assertThat(again).as("already inactive: nothing to write").isEmpty();
    }

    @Test
    void aProductTheStoreDeactivatedIsAnInactiveTemplate() {
        TrytonProducts tryton = new TrytonRows().template(3, "T-shirt", "16.53", true,
                10L, "TS-S", true, "4.20", 11L, "TS-M", true, "0").products();

        List<TrytonCall> calls = calls(planner.plan(List.of(ProductChange.live(mapped(tshirt(false,
                size(1, "TS-S", "S", "4.20"), size(2, "TS-M", "M", null))))), tryton));

        assertThat(calls).singleElement().satisfies(call -> assertThat(call.params().get(1)).isEqualTo(Map.of(
                "active", false, "products", List.of(List.of("write", List.of(10L), Map.of("active", false)),
                        List.of("write", List.of(11L), Map.of("active", false))))));
    }

    @Test
    void aProductThatGotCombinationsKeepsItsTemplate() {
        TrytonProducts tryton = new TrytonRows().template(3, "T-shirt", "16.53", true,
                10L, "TS", true, "0").products();

        List<TrytonCall> calls = calls(planner.plan(List.of(ProductChange.live(mapped(tshirt()))), tryton));

        assertThat(calls).extracting(TrytonCall::method).containsExactly("model.product.template.write",
                "model.product.product.create");
        assertThat(calls.get(0).params().get(1)).isEqualTo(Map.of("products",
                List.of(List.of("write", List.of(10L), Map.of("active", false)))));
        assertThat((List<?>) calls.get(1).params().get(0)).hasSize(2);
    }

    @Test
    void problemsHoldBackOnlyWhatTheyConcern() {
        ProductChange blocked = ProductChange.live(mapped(StoreProducts.mug())).blockedBy("its reference is taken");
        ProductChange noSku = ProductChange.live(mapped(tshirt(true, size(1, "TS-S", "S", null),
                size(2, "", "M", null))));
        ProductChange sameSku = ProductChange.live(mapped(StoreProducts.product(40, "OTHER", "Other", true, "2.00",
                List.of(size(5, "TS-S", "S", null), size(6, "OT-M", "M", null)))));

        ProductsRun run = planner.plan(List.of(blocked, noSku, sameSku), TrytonProducts.none());

        List<TrytonCall> calls = calls(run);
        assertThat(calls).singleElement().satisfies(call -> assertThat((List<?>) call.params().get(0)).hasSize(2));
        assertThat(run.reasons()).containsOnlyKeys("30", "12", "40");
        assertThat(run.reasons().get("30")).containsExactly("its reference is taken");
        assertThat(run.reasons().get("12")).singleElement().asString().contains("combination 2 (M) has no SKU");
        assertThat(run.reasons().get("40")).containsExactly(
                "SKU TS-S is also a variation of store product 12: a SKU must be unique");
    }

    private static List<TrytonCall> calls(ProductsRun run) {
        List<TrytonCall> calls = new ArrayList<>();
        while (run.hasNext()) {
            calls.add(run.nextCall());
            run.sent();
        }
        return calls;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(TrytonCall call, int index) {
        return ((List<Map<String, Object>>) call.params().get(0)).get(index);
    }
}
