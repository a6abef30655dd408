package io.cloudsync.hub.e2e;

import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A stock line of the sandbox store and its seller SKU, as the hub's mappings make it. */
record StoreLine(String sku, int productId, int combinationId) {

    /** "product/combination". */
    String key() {
        return productId + "/" + combinationId;
    }

    int stock(SyncHarness harness) {
        return harness.shop().data().stockOf(productId, combinationId).quantity();
    }

    /** The first {@code count} lines whose SKU is the store's only one and MarketSync holds. */
    static List<StoreLine> inMarketSync(SyncHarness harness, int count) {
        Set<String> shared = harness.sharedReferences();
        List<StoreLine> lines = new ArrayList<>();
        for (Product product : harness.shop().data().products.all()) {
            List<Combination> combinations = harness.shop().data().combinations.all().stream()
                    .filter(c -> c.productId() == product.id()).toList();
            if (product.reference().isBlank() || shared.contains(product.reference())) {
                continue;
            }
            if (combinations.isEmpty()) {
                lines.add(new StoreLine(product.reference(), product.id(), 0));
            }
            for (Combination combination : combinations) {
                String sku = combination.reference().isBlank() ? product.reference() + "-" + combination.id()
                        : combination.reference();
                lines.add(new StoreLine(sku, product.id(), combination.id()));
            }
        }
        List<StoreLine> held = lines.stream().filter(line -> harness.marketSync().productOfVariation(line.sku())
                .isPresent()).filter(line -> lines.stream().filter(other -> other.sku().equals(line.sku())).count() == 1)
                .limit(count).toList();
        if (held.size() < count) {
            throw new IllegalStateException("the sandbox store has fewer than " + count + " lines in MarketSync");
        }
        return held;
    }
}
