package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.PriceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes webservice documents: lists, single records, blank schemas. */
final class Renderer {

    private Renderer() {
    }

    /** A list answer: ids only by default, {@code []} when empty. */
    static <T> void list(Resource<T> resource, List<T> rows, Display display, RenderContext context, OutputWriter out) {
        if (rows.isEmpty()) {
            out.emptyList(resource.plural());
            return;
        }
        out.startDocument();
        out.startList(resource.plural());
        for (T row : rows) {
            if (display.mode() == Display.Mode.MINIMUM) {
                long id = resource.idOf(row);
                out.minimalRecord(resource.singular(), id, context.apiUrl() + resource.plural() + "/" + id);
            } else {
                record(resource, row, display, context, out);
            }
        }
        out.endList();
        out.endDocument();
    }

    static <T> void single(Resource<T> resource, T row, Display display, RenderContext context, OutputWriter out) {
        out.startDocument();
        record(resource, row, display.mode() == Display.Mode.MINIMUM ? Display.FULL : display, context, out);
        out.endDocument();
    }

    /** Several written records (a body may carry more than one entity). */
    static <T> void written(Resource<T> resource, List<T> rows, RenderContext context, OutputWriter out) {
        if (rows.size() == 1) {
            single(resource, rows.get(0), Display.FULL, context, out);
        } else {
            list(resource, rows, Display.FULL, context, out);
        }
    }

    private static <T> void record(Resource<T> resource, T row, Display display, RenderContext context,
                                   OutputWriter out) {
        boolean full = display.mode() == Display.Mode.FULL;
        out.startRecord(resource.singular());
        for (Field<T> field : resource.fields()) {
            if (full || display.fields().contains(field.name())) {
                field.write(row, context, out);
            }
        }
        if (resource.priceTarget() != null) {
            PriceTarget target = resource.priceTarget().apply(row);
            for (Map.Entry<String, PriceRequest> alias : context.prices().entrySet()) {
                if (full || display.fields().contains(alias.getKey())) {
                    PriceRequest request = target.combinationId() == 0 ? alias.getValue()
                            : alias.getValue().forCombination(target.combinationId());
                    long price = context.shop().prices().price(target.productId(), request, context.wallNow());
                    out.text(alias.getKey(), Micros.format(Math.max(price, 0)));
                }
            }
        }
        associations(resource, row, display, out);
        out.endRecord();
    }

    private static <T> void associations(Resource<T> resource, T row, Display display, OutputWriter out) {
        boolean started = false;
        for (Association<T> association : resource.associations()) {
            Set<String> selected = display.mode() == Display.Mode.FULL ? null : display.associations().get(association.name());
            if (display.mode() != Display.Mode.FULL && selected == null) {
                continue;
            }
            List<String[]> entries = association.entries().apply(row);
            if (entries.isEmpty()) {
                continue;
            }
            if (!started) {
                out.startAssociations();
                started = true;
            }
            if (selected == null) {
                out.association(association.name(), association.nodeType(), association.fields(), entries);
            } else {
                List<String> fields = association.fields().stream().filter(selected::contains).toList();
                List<String[]> picked = new ArrayList<>(entries.size());
                for (String[] entry : entries) {
                    String[] values = new String[fields.size()];
                    for (int i = 0; i < fields.size(); i++) {
                        values[i] = entry[association.fields().indexOf(fields.get(i))];
                    }
                    picked.add(values);
                }
                out.association(association.name(), association.nodeType(), fields, picked);
            }
        }
        if (started) {
            out.endAssociations();
        }
    }

    /** {@code ?schema=blank}: every writable field empty, one empty entry per association — the shape to POST. */
    static <T> void blank(Resource<T> resource, RenderContext context, OutputWriter out) {
        out.startDocument();
        out.startRecord(resource.singular());
        for (Field<T> field : resource.fields()) {
            if (!field.isWritable()) {
                continue;
            }
            if (field.isI18n()) {
                String[] empty = new String[context.languages().size()];
                java.util.Arrays.fill(empty, "");
                out.localized(field.name(), context.languages(), empty);
            } else {
                out.text(field.name(), "");
            }
        }
        if (!resource.associations().isEmpty()) {
            out.startAssociations();
            for (Association<T> association : resource.associations()) {
                String[] empty = new String[association.fields().size()];
                java.util.Arrays.fill(empty, "");
                out.association(association.name(), association.nodeType(), association.fields(),
                        List.<String[]>of(empty));
            }
            out.endAssociations();
        }
        out.endRecord();
        out.endDocument();
    }
}
