package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MappingGolden;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.NormalisedJson;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.mirror.ContentHash;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Size and CPU per product of the ledger document on the golden sample, in the full-JSON form the hub wrote before
 * fingerprints and in the ledger-JSON form it writes now: average characters per row, and the CPU of what a run
 * does with a row (parse it, turn it into what was accepted and diff, write it back). A measuring tool run by hand,
 * not a test: {@code java -cp target/classes:target/test-classes:<deps>
 * io.cloudsync.hub.marketsync.sink.LedgerDocumentBench [rounds]}.
 */
public final class LedgerDocumentBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LedgerDocumentBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        MappingGolden.Input input = MappingGolden.load();
        MarketSyncMapper mapper = new MarketSyncMapper(input.mapping(), input.catalogue());
        List<MappedProduct> products = new ArrayList<>();
        List<ProductAspects> aspects = new ArrayList<>();
        List<String> full = new ArrayList<>();
        List<String> compact = new ArrayList<>();
        for (MappingGolden.Item item : input.items()) {
            MappedProduct mapped = mapper.map(MappingGolden.parse(item.payload()), item.stock());
            ProductAspects of = ProductAspects.of(mapped);
            products.add(mapped);
            aspects.add(of);
            full.add(document(of, true).toJson());
            compact.add(document(of, false).toJson());
        }
        System.out.printf("full JSON    %7.0f characters per row%n", average(full));
        System.out.printf("ledger JSON  %7.0f characters per row%n", average(compact));
        for (int warmup = 0; warmup < Math.max(3, rounds / 4); warmup++) {
            pass(products, aspects, full, new long[4]);
            pass(products, aspects, compact, new long[4]);
        }
        for (List<String> rows : List.of(full, compact)) {
            long[] nanos = new long[4];
            for (int round = 0; round < rounds; round++) {
                pass(products, aspects, rows, nanos);
            }
            double perProduct = 1000.0 * rounds * products.size();
            System.out.printf("%s: parse %.1f µs, accepted+diff taking unchanged aspects %.1f µs, parsing all"
                    + " %.1f µs, toJson %.1f µs per product%n", rows == full ? "full JSON  " : "ledger JSON",
                    nanos[0] / perProduct, nanos[1] / perProduct, nanos[3] / perProduct, nanos[2] / perProduct);
        }
        long[] nanos = new long[2];
        for (int round = 0; round < rounds; round++) {
            for (MappedProduct mapped : products) {
                ProductAspects of = ProductAspects.of(mapped);
                long t0 = THREADS.getCurrentThreadCpuTime();
                LedgerDocument document = document(of, false);
                long t1 = THREADS.getCurrentThreadCpuTime();
                withoutLedgerJson(mapped);
                nanos[0] += t1 - t0;
                nanos[1] += THREADS.getCurrentThreadCpuTime() - t1 + document.toJson().length() * 0L;
            }
        }
        double perProduct = 1000.0 * rounds * products.size();
        System.out.printf("the ledger JSON of every aspect, into a document: %.1f µs per product (the aspects'"
                + " JSON and hashes, for scale: %.1f µs)%n", nanos[0] / perProduct, nanos[1] / perProduct);
    }

    /** What ProductAspects.of did before the ledger JSON: each aspect's canonical JSON and its hash. */
    private static long withoutLedgerJson(MappedProduct mapped) {
        List<Map<String, Object>> contents = new ArrayList<>();
        contents.add(mapped.product().asMap());
        mapped.variations().forEach(variation -> {
            contents.add(variation.withoutStock());
            contents.add(variation.stockMap());
        });
        mapped.prices().forEach(price -> contents.add(price.asMap()));
        long sink = 0;
        for (Map<String, Object> content : contents) {
            sink += ContentHash.of(NormalisedJson.of(content)).length();
        }
        return sink;
    }

    private static void pass(List<MappedProduct> products, List<ProductAspects> aspects, List<String> rows,
            long[] nanos) {
        long sink = 0;
        for (int i = 0; i < products.size(); i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            LedgerDocument document = LedgerDocument.parse(rows.get(i), aspects.get(i).product().hash());
            long t1 = THREADS.getCurrentThreadCpuTime();
            ProductDiff diff = ProductDiff.between(document.accepted(products.get(i), aspects.get(i)),
                    products.get(i));
            long t2 = THREADS.getCurrentThreadCpuTime();
            sink += document.toJson().length() + (diff.isEmpty() ? 0 : 1);
            long t3 = THREADS.getCurrentThreadCpuTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            sink += ProductDiff.between(document.accepted(), products.get(i)).isEmpty() ? 0 : 1;
            nanos[3] += THREADS.getCurrentThreadCpuTime() - t3;
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Every aspect of the product, as MarketSync would have accepted it, in either form. */
    private static LedgerDocument document(ProductAspects aspects, boolean fullJson) {
        LedgerDocument document = LedgerDocument.empty();
        put(document, LedgerDocument.PRODUCT, aspects.product(), fullJson);
        aspects.variations().forEach((sku, aspect) -> put(document, LedgerDocument.variationKey(sku), aspect,
                fullJson));
        aspects.stock().forEach((sku, aspect) -> put(document, LedgerDocument.stockKey(sku), aspect, fullJson));
        aspects.prices().forEach((market, aspect) -> put(document, LedgerDocument.priceKey(market), aspect,
                fullJson));
        document.putPublication(1, PublicationState.PUBLICAR);
        return document;
    }

    private static void put(LedgerDocument document, String key, ProductAspects.Aspect aspect, boolean fullJson) {
        if (fullJson) {
            document.putJson(key, aspect.json());
        } else {
            document.put(key, aspect);
        }
    }

    private static double average(List<String> rows) {
        return rows.stream().mapToInt(String::length).average().orElse(0);
    }
}
