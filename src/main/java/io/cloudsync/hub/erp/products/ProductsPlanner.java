package io.cloudsync.hub.erp.products;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans what Tryton needs for a change set of store products, from what the look-up found (pure: no I/O). A product
 * whose SKUs Tryton does not know gets a new template with all its variants; one Tryton knows gets a write of what
 * differs (nothing when nothing does) and a variant create per new variation; a deleted product deactivates its
 * template and variants. Calls come in batches of {@code batchSize}: writes first (a template brought back must be
 * active before a variant is added to it), then new variants, then new templates.
 */
public final class ProductsPlanner {

    private final TemplateReferences refs;
    private final int batchSize;

    public ProductsPlanner(TemplateReferences refs, int batchSize) {
        this.refs = refs;
        this.batchSize = batchSize;
    }

    public ProductsRun plan(List<ProductChange> changes, TrytonProducts tryton) {
        ProductsRun run = new ProductsRun(changes);
        List<CallItem> writes = new ArrayList<>();
        List<CallItem> variantCreates = new ArrayList<>();
        List<CallItem> templateCreates = new ArrayList<>();
        Map<String, String> claimed = new HashMap<>();
        Map<Long, String> templateOwners = new HashMap<>();
        for (ProductChange change : changes) {
            if (change.deleted()) {
                continue;
            }
            if (!change.blocked().isEmpty()) {
                change.blocked().forEach(reason -> run.problem(change.storeId(), reason));
                continue;
            }
            MappedTemplate want = change.template();
            want.problems().forEach(problem -> run.problem(change.storeId(), problem));
            List<MappedVariant> usable = new ArrayList<>();
            for (MappedVariant variant : want.variants()) {
                String holder = claimed.putIfAbsent(variant.sku(), change.storeId());
                if (holder != null) {
                    run.problem(change.storeId(), "SKU " + variant.sku() + " is also a variation of store product "
                            + holder + ": a SKU must be unique");
                } else {
                    usable.add(variant);
                }
            }
            long templateId = usable.stream().map(v -> tryton.variant(v.sku())).flatMap(Optional::stream)
                    .mapToLong(TrytonVariant::template).findFirst()
                    .orElse(formerTemplate(want, claimed, change.storeId(), tryton));
            String owner = templateId > 0 ? templateOwners.putIfAbsent(templateId, change.storeId()) : null;
            if (owner != null) {
                run.problem(change.storeId(), "its SKUs are variants of the Tryton template of store product " + owner);
                continue;
            }
            List<MappedVariant> fresh = new ArrayList<>();
            Set<String> wanted = new LinkedHashSet<>();
            for (MappedVariant variant : usable) {
                Optional<TrytonVariant> known = tryton.variant(variant.sku());
                if (known.isEmpty()) {
                    fresh.add(variant);
                } else if (known.get().template() != templateId) {
                    TrytonTemplate other = tryton.template(known.get().template());
                    run.problem(change.storeId(), "SKU " + variant.sku() + " is a variant of another Tryton template ("
                            + known.get().template() + (other == null ? "" : " \"" + other.name() + "\"") + ")");
                } else {
                    wanted.add(variant.sku());
                }
            }
            if (templateId < 0) {
                if (!fresh.isEmpty()) {
                    templateCreates.add(CallItem.create(change.storeId(), TemplateValues.create(want, fresh, refs)));
                }
                continue;
            }
            Map<String, Object> values = TemplateValues.changes(want, false, tryton.template(templateId), wanted,
                    refs);
            if (!values.isEmpty()) {
                writes.add(CallItem.write(change.storeId(), templateId, values));
            }
            fresh.forEach(variant -> variantCreates.add(CallItem.create(change.storeId(),
                    TemplateValues.variant(variant, want.active(), templateId))));
        }
        for (ProductChange change : changes) {
            if (change.deleted()) {
                deactivate(change, tryton, templateOwners, writes);
            }
        }
        batches(run, PlannedCall.Kind.WRITE_TEMPLATES, writes);
        batches(run, PlannedCall.Kind.CREATE_VARIANTS, variantCreates);
        batches(run, PlannedCall.Kind.CREATE_TEMPLATES, templateCreates);
        return run;
    }

    /**
     * The template of the variant that had the product's reference as its code, which is no longer one of its SKUs
     * (the product got combinations); -1 when there is none or another product of the set has that SKU now.
     */
    private static long formerTemplate(MappedTemplate want, Map<String, String> claimed, String storeId,
                                       TrytonProducts tryton) {
        String holder = claimed.getOrDefault(want.reference(), storeId);
        if (want.reference().isEmpty() || !holder.equals(storeId)) {
            return -1;
        }
        return tryton.variant(want.reference()).map(TrytonVariant::template).orElse(-1L);
    }

    /** The templates of a deleted product's SKUs, unless a live product of the same set holds them now. */
    private void deactivate(ProductChange change, TrytonProducts tryton, Map<Long, String> templateOwners,
                            List<CallItem> writes) {
        Map<Long, TrytonTemplate> templates = new LinkedHashMap<>();
        for (String sku : change.template().codes()) {
            tryton.variant(sku).map(TrytonVariant::template).filter(id -> !templateOwners.containsKey(id))
                    .ifPresent(id -> templates.put(id, tryton.template(id)));
        }
        templates.forEach((id, template) -> {
            templateOwners.put(id, change.storeId());
            Map<String, Object> values = TemplateValues.changes(change.template(), true, template, Set.of(), refs);
            if (!values.isEmpty()) {
                writes.add(CallItem.write(change.storeId(), id, values));
            }
        });
    }

    private void batches(ProductsRun run, PlannedCall.Kind kind, List<CallItem> items) {
        for (int from = 0; from < items.size(); from += batchSize) {
            run.add(new PlannedCall(kind, items.subList(from, Math.min(items.size(), from + batchSize))));
        }
    }
}
