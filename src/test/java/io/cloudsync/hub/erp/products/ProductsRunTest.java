package io.cloudsync.hub.erp.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductsRunTest {

    private final ProductsPlanner planner = new ProductsPlanner(new TemplateReferences(1, 7, -1), 10);
    private final List<ProductChange> three = List.of(change(1), change(2), change(3));

    @Test
    void aRefusedBatchIsTriedProductByProductAndOnlyTheOneAtFaultIsHeldBack() {
        ProductsRun run = planner.plan(three, TrytonProducts.none());

        List<TrytonCall> sent = new ArrayList<>();
        while (run.hasNext()) {
            TrytonCall call = run.nextCall();
            if (refused(call)) {
                run.failed(new TrytonException(TrytonException.Kind.REFUSED, "model.product.template.create: Tryton"
                        + " refused it: UserError: A value is required for field \"Name\""), 1);
            } else {
                sent.add(call);
                run.sent();
            }
        }

        assertThat(sent).hasSize(2).allSatisfy(call -> assertThat((List<?>) call.params().get(0)).hasSize(1));
        assertThat(run.reasons()).containsOnlyKeys("2");
        assertThat(run.reasons().get("2")).containsExactly("model.product.template.create: Tryton refused it:"
                + " UserError: A value is required for field \"Name\"");
        assertThat(run.failedInTryton("2")).isTrue();
        assertThat(run.delivered()).containsExactly("1", "3");
        assertThat(run.count(PlannedCall.Kind.CREATE_TEMPLATES)).isEqualTo(2);
        assertThat(run).hasToString("3 products: 2 templates and 0 variants created, 0 templates written,"
                + " 1 dead-lettered");
    }

    @Test
    void aCallTrytonDidNotAnswerHoldsBackEveryProductOfItWithoutSplitting() {
        ProductsRun run = planner.plan(three, TrytonProducts.none());

        run.nextCall();
        run.failed(new TrytonException(TrytonException.Kind.UNAVAILABLE, "model.product.template.create: Tryton"
                + " answered 503"), 6);

        assertThat(run.hasNext()).isFalse();
        assertThat(run.reasons()).containsOnlyKeys("1", "2", "3");
        assertThat(run.reasons().get("3")).containsExactly("model.product.template.create: Tryton answered 503"
                + " (after 6 tries)");
        assertThat(run.delivered()).isEmpty();
    }

    private static boolean refused(TrytonCall call) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> templates = (List<Map<String, Object>>) call.params().get(0);
        return templates.stream().anyMatch(values -> "".equals(values.get("name")));
    }

    private static ProductChange change(long id) {
        return ProductChange.live(StoreProducts.mapped(StoreProducts.product(id, "R" + id, id == 2 ? "" : "P" + id,
                true, "1.00", List.of(StoreProducts.size(0, "R" + id, "", null)))));
    }
}
