package io.cloudsync.hub.erp.products;

import static io.cloudsync.hub.erp.products.StoreProducts.mug;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.erp.mapping.TrytonMappingLoader;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planner with a mapping file: mapped fields are created, read back, and written only when they differ. */
class ProductsPlannerMappingTest {

    private static final TrytonMapping MAPPING = TrytonMappingLoader.parse("""
            product-template:
              list_price: prices.listPrice
              consumable: true
            product-variant:
              description: reference
            """, "test");
    private final ProductsPlanner planner = new ProductsPlanner(new TemplateReferences(1, 7, 7), 10);

    @Test
    void aNewTemplateCarriesTheMappedFieldsAndItsVariantsTheirs() {
        MappedTemplate want = MappedTemplate.of("30", mug(), MAPPING);

        List<TrytonCall> calls = calls(planner.plan(List.of(ProductChange.live(want)), TrytonProducts.none()));

        Map<?, ?> values = (Map<?, ?>) ((List<?>) calls.get(0).params().get(0)).get(0);
        assertThat(values.get("list_price")).isEqualTo(Map.of("__class__", "Decimal", "decimal", "12.50"));
        assertThat(values.get("consumable")).isEqualTo(true);
        List<?> created = (List<?>) ((List<?>) ((List<?>) values.get("products")).get(0)).get(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> variant = (Map<String, Object>) created.get(0);
        assertThat(variant).containsEntry("description", "MUG").containsEntry("suffix_code", "MUG");
    }

    @Test
    void theLookUpReadsTheMappedFieldsBack() {
        ChangedProducts products = new ChangedProducts(List.of(ProductChange.live(MappedTemplate.of("30", mug(),
                MAPPING))), MAPPING.templateFields(), MAPPING.variantFields());

        assertThat(products.lookup().params().get(4).toString()).contains("description", "template.consumable");
    }

    @Test
    void mappedFieldsTrytonHasAsTheyAreNeedNoCallAndOneThatDiffersIsWrittenAlone() {
        TrytonRows rows = new TrytonRows().template(3, "Blue mug", "12.5000", true, 10L, "MUG", true, "3.1000");
        ProductChange change = ProductChange.live(MappedTemplate.of("30", mug(), MAPPING));

        rows.setTemplate("consumable", 1).set("description", "MUG");
        assertThat(calls(planner.plan(List.of(change), found(rows)))).isEmpty();

        rows.set("description", null);
        List<TrytonCall> calls = calls(planner.plan(List.of(change), found(rows)));

        assertThat(calls).singleElement().satisfies(call -> assertThat(call.params().get(1)).isEqualTo(Map.of(
                "products", List.of(List.of("write", List.of(10L), Map.of("description", "MUG"))))));
    }

    private static TrytonProducts found(TrytonRows rows) {
        return TrytonProducts.of(rows.rows(), MAPPING.templateFields(), MAPPING.variantFields());
    }

    private static List<TrytonCall> calls(ProductsRun run) {
        List<TrytonCall> calls = new java.util.ArrayList<>();
        while (run.hasNext()) {
            calls.add(run.nextCall());
            run.sent();
        }
        return calls;
    }
}
