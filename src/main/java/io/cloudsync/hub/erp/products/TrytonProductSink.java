package io.cloudsync.hub.erp.products;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonCalls;
import io.cloudsync.hub.erp.tryton.TrytonException;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean {@code erpTrytonProducts} of routes/erp-tryton-products.camel.yaml: reads a change set's products from the
 * mirror ({@link #products}), plans the calls from the look-up's answer ({@link #plan}: {@link ProductsPlanner}) and
 * dead-letters every store product that did not reach Tryton whole, with every reason ({@link #finish}); a product
 * that now went through closes its dead letter.
 */
public final class TrytonProductSink {

    public static final String SINK = "erp-tryton-products";
    /** Where a replayed dead letter goes: the sink's entry, which plans the product again from its current state. */
    public static final String ENTRY_URI = "direct://erp-tryton-products";
    static final String ROUTE_ID = "erp-tryton-products-deliver";

    private final MirrorRepository mirror;
    private final DeadLetterRepository deadLetters;
    private final TrytonReferences references;
    private final TrytonCalls tryton;
    private final int batchSize;
    private final ObjectMapper json;
    private final ObjectMapper canonical = CanonicalJson.mapper();
    private final TrytonMapping mapping;
    private volatile long accountCategory = -1;

    public TrytonProductSink(MirrorRepository mirror, DeadLetterRepository deadLetters, TrytonReferences references,
                             TrytonCalls tryton, int batchSize, ObjectMapper json) {
        this(mirror, deadLetters, references, tryton, batchSize, json, TrytonMapping.standard());
    }

    /** @param mapping the fields the mapping file adds to templates and variants (name and list price too) */
    public TrytonProductSink(MirrorRepository mirror, DeadLetterRepository deadLetters, TrytonReferences references,
                             TrytonCalls tryton, int batchSize, ObjectMapper json, TrytonMapping mapping) {
        this.mapping = mapping;
        this.mirror = mirror;
        this.deadLetters = deadLetters;
        this.references = references;
        this.tryton = tryton;
        this.batchSize = batchSize;
        this.json = json;
    }

    /** The change set of a message: as an ingest flow hands it, or as JSON (a replayed dead letter). */
    public ChangeSet changeSet(Object body) throws IOException {
        return ChangeSet.of(body, json, "products");
    }

    /**
     * The set's products as the mirror holds them now. A product whose reference a live product with a lower store
     * id also has is held back (a SKU is one variant in Tryton: the lower id keeps it); a deleted product whose
     * reference another live product has now leaves Tryton alone.
     */
    public ChangedProducts products(ChangeSet set) {
        Map<String, MirrorRecord> records = mirror.find("products", set.storeIds());
        List<String> references = records.values().stream().map(MirrorRecord::sku)
                .filter(sku -> sku != null && !sku.isBlank()).distinct().toList();
        Map<String, List<String>> holders = mirror.liveStoreIdsBySku("products", references);
        List<ProductChange> changes = new ArrayList<>();
        for (String storeId : set.storeIds()) {
            MirrorRecord record = records.get(storeId);
            if (record == null) {
                continue;
            }
            Product product = parse(record);
            if (product == null) {
                changes.add(ProductChange.live(new MappedTemplate(storeId, "", "", java.math.BigDecimal.ZERO, false,
                        List.of(), List.of())).blockedBy("the mirror's record of it cannot be read as a product"));
                continue;
            }
            MappedTemplate template = MappedTemplate.of(storeId, product, mapping);
            List<String> others = holders.getOrDefault(template.reference(), List.of()).stream()
                    .filter(id -> !id.equals(storeId)).toList();
            if (record.deleted()) {
                if (others.isEmpty()) {
                    changes.add(ProductChange.deleted(template));
                }
                continue;
            }
            List<String> before = others.stream().filter(id -> lower(id, storeId)).toList();
            changes.add(before.isEmpty() ? ProductChange.live(template) : ProductChange.live(template).blockedBy(
                    "its reference " + template.reference() + " is also the reference of store product(s) "
                            + String.join(", ", before) + ", which Tryton gets: a SKU must be unique"));
        }
        return new ChangedProducts(changes, mapping.templateFields(), mapping.variantFields());
    }

    /** The calls for the set, planned against the look-up's result (the variants Tryton has for its codes). */
    public ProductsRun plan(ChangedProducts products, Object lookupResult) {
        JsonNode rows = lookupResult instanceof JsonNode node ? node : json.valueToTree(lookupResult);
        long unit = references.unit();
        long category = references.category().orElse(-1L);
        TemplateReferences refs = new TemplateReferences(unit, category, accountCategory(category));
        return new ProductsPlanner(refs, batchSize).plan(products.changes(), products.found(rows));
    }

    /**
     * The look-up or the reference data failed through their retries (or Tryton refused them): every product of the
     * set is dead-lettered with the reason, to be replayed, instead of the whole set being retried again.
     */
    public ProductsRun notLookedUp(ChangedProducts products, Throwable error, Integer attempts) {
        return ProductsRun.notLookedUp(products.changes(), error, attempts == null ? 1 : Math.max(1, attempts));
    }

    /** Tryton took the run's current call. */
    public void sent(ProductsRun run) {
        run.sent();
    }

    /** The run's current call failed: refused, or not answered through its retries. */
    public void failed(ProductsRun run, Throwable error, Integer attempts) {
        run.failed(error, attempts == null ? 1 : Math.max(1, attempts));
    }

    /** Dead-letters what did not reach Tryton whole, resolves what did; returns the run (its summary logs). */
    public ProductsRun finish(ProductsRun run) {
        run.reasons().forEach((storeId, reasons) -> record(run, storeId, reasons));
        deadLetters.resolve(SINK, run.delivered());
        return run;
    }

    private void record(ProductsRun run, String storeId, List<String> reasons) {
        ProductChange change = run.product(storeId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", "products");
        body.put("storeIds", List.of(storeId));
        String errorClass = run.failedInTryton(storeId) ? TrytonException.class.getName()
                : IllegalArgumentException.class.getName();
        try {
            deadLetters.record(new DeadLetterFailure(ROUTE_ID, SINK, storeId, ENTRY_URI, "tryton:product.template",
                    json.writeValueAsString(body), Map.of("HubSink", SINK), errorClass,
                    (change == null ? "store product " + storeId : change.describe()) + ": "
                            + String.join("\n", reasons), 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dead letter body cannot be written", e);
        }
    }

    private Product parse(MirrorRecord record) {
        try {
            return canonical.readValue(record.payload(), Product.class);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A category with accounting, which a template needs for purchases (the create-purchase wizard asks for it): the
     * category of hub.erp.tryton.category when it has accounting, else the first such category; -1 when Tryton has
     * none (looked up again with the next change set).
     */
    private long accountCategory(long category) {
        if (accountCategory > 0) {
            return accountCategory;
        }
        JsonNode found;
        try {
            found = tryton.call(TrytonCall.model("product.category", "search_read",
                    List.of(List.of("accounting", "=", true)), 0, null, List.of(List.of("id", "ASC")), List.of("id")));
        } catch (TrytonException e) {
            if (e.isTransient()) {
                throw e;
            }
            return -1;
        }
        long chosen = -1;
        for (JsonNode row : found) {
            long id = row.path("id").asLong();
            if (chosen < 0 || id == category) {
                chosen = id;
            }
        }
        accountCategory = chosen;
        return chosen;
    }

    private static boolean lower(String id, String than) {
        try {
            return Long.parseLong(id) < Long.parseLong(than);
        } catch (NumberFormatException e) {
            return id.compareTo(than) < 0;
        }
    }
}
