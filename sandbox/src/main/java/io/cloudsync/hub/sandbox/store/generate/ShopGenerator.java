package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;

/** Generates a whole shop from a plan: the same plan always gives the same shop. */
public final class ShopGenerator {

    private ShopGenerator() {
    }

    public static ShopData generate(GenerationPlan plan) {
        ShopData data = new ShopData(ShopLanguages.of(plan.languages()));
        ReferenceData reference = new ReferenceDataGenerator(data, plan).fill();
        new ProductGenerator(data, plan, reference).generate();
        new CustomerGenerator(data, plan).generate();
        new OrderGenerator(data, plan).generate();
        return data;
    }
}
