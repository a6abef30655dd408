package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.model.Product;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU per product of what {@code MarketSyncSink.plan} does for each product of the golden sample: parse the
 * mirror's JSON, map, validate, cut into aspects, diff against nothing (a full sync) and against the ledger's
 * own JSON (the stock cut-off's re-plan). A measuring tool run by hand, not a test:
 * {@code java -cp target/classes:target/test-classes:<deps> io.cloudsync.hub.marketsync.mapping.MappingBench [rounds]}.
 */
public final class MappingBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MappingBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        MappingGolden.Input input = MappingGolden.load();
        MarketSyncMapper mapper = new MarketSyncMapper(input.mapping(), input.catalogue());
        MarketSyncValidator validator = new MarketSyncValidator(input.catalogue());
        List<ProductAspects> stored = new ArrayList<>();
        for (Product product : input.products()) {
            stored.add(ProductAspects.of(mapper.map(product, java.util.Map.of())));
        }
        for (int warmup = 0; warmup < 2; warmup++) {
            for (int round = 0; round < Math.max(3, rounds / 4); round++) {
                pass(input, mapper, validator, stored, new long[6]);
            }
        }
        long[] nanos = new long[6];
        for (int round = 0; round < rounds; round++) {
            pass(input, mapper, validator, stored, nanos);
        }
        double products = (double) rounds * input.items().size();
        String[] stages = {"parse", "map", "validate", "aspects", "diff(new)", "re-plan diff"};
        long total = 0;
        for (int i = 0; i < stages.length; i++) {
            System.out.printf("%-14s %8.1f µs/product%n", stages[i], nanos[i] / 1000.0 / products);
            total += nanos[i];
        }
        System.out.printf("%-14s %8.1f µs/product (%d products x %d rounds)%n", "total", total / 1000.0 / products,
                input.items().size(), rounds);
    }

    private static List<String> jsons(java.util.Map<?, ProductAspects.Aspect> aspects) {
        return aspects.values().stream().map(ProductAspects.Aspect::json).toList();
    }

    private static void pass(MappingGolden.Input input, MarketSyncMapper mapper, MarketSyncValidator validator,
            List<ProductAspects> stored, long[] nanos) {
        int i = 0;
        long sink = 0;
        for (MappingGolden.Item item : input.items()) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            Product product = MappingGolden.parse(item.payload());
            long t1 = THREADS.getCurrentThreadCpuTime();
            MappedProduct mapped = mapper.map(product, item.stock());
            long t2 = THREADS.getCurrentThreadCpuTime();
            Validation validation = validator.validate(mapped);
            long t3 = THREADS.getCurrentThreadCpuTime();
            ProductAspects aspects = ProductAspects.of(mapped);
            long t4 = THREADS.getCurrentThreadCpuTime();
            ProductDiff created = ProductDiff.between(AcceptedProduct.none(), mapped);
            long t5 = THREADS.getCurrentThreadCpuTime();
            ProductAspects before = stored.get(i++);
            ProductDiff replanned = ProductDiff.between(AcceptedProduct.fromAspects(before.product().json(),
                    jsons(before.variations()), jsons(before.stock()), jsons(before.prices()), mapped, aspects), mapped);
            long t6 = THREADS.getCurrentThreadCpuTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
            nanos[4] += t5 - t4;
            nanos[5] += t6 - t5;
            sink += validation.errors().size() + aspects.variations().size() + created.stock().size()
                    + replanned.stock().size();
        }
        if (sink == 42) {
            System.out.print("");
        }
    }
}
