package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.CombinationEditor;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.util.LinkedHashMap;
import java.util.Map;

/** POST / PUT / PATCH / DELETE on combinations; none of them touches the product's {@code date_upd}. */
final class CombinationWrites implements ResourceWriter<Combination> {

    private final SandboxShop shop;
    private Resource<Combination> resource;

    CombinationWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<Combination> combinations) {
        this.resource = combinations;
    }

    @Override
    public Combination create(XmlEntity entity) {
        Map<String, FieldInput> fields = WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE);
        WriteRules.requireKnownAssociations(resource, entity);
        int productId = parseId(entity.text("id_product"));
        if (shop.product(productId).isEmpty()) {
            throw new WebserviceException(400, 85, "Validation error: \"id_product " + productId + " does not exist\"");
        }
        var values = entity.associations().get("product_option_values");
        int[] optionValues = values == null ? new int[0] : WriteRules.ids(values);
        try {
            Combination created = shop.addCombination(productId, writable(fields), optionValues, 0);
            return applyImages(created, entity);
        } catch (IllegalArgumentException e) {
            throw WriteRules.invalid(e);
        }
    }

    @Override
    public Combination update(XmlEntity entity, boolean replaceAll) {
        Map<String, FieldInput> fields = WriteRules.fieldsToWrite(resource, entity,
                replaceAll ? WriteRules.Mode.REPLACE : WriteRules.Mode.PATCH);
        WriteRules.requireKnownAssociations(resource, entity);
        int id = entity.id();
        if (shop.combination(id).isEmpty()) {
            throw new WebserviceException(404, 92, "Invalid ID");
        }
        try {
            Combination updated = shop.updateCombination(id, combination -> {
                Combination next = combination;
                for (Map.Entry<String, FieldInput> field : writable(fields).entrySet()) {
                    next = CombinationEditor.apply(next, field.getKey(), field.getValue());
                }
                var values = entity.associations().get("product_option_values");
                return values == null ? next : next.withOptionValues(WriteRules.ids(values));
            });
            return applyImages(updated, entity);
        } catch (IllegalArgumentException e) {
            throw WriteRules.invalid(e);
        }
    }

    @Override
    public boolean delete(int id) {
        return shop.deleteCombination(id);
    }

    private Combination applyImages(Combination combination, XmlEntity entity) {
        var images = entity.associations().get("images");
        return images == null ? combination
                : shop.updateCombination(combination.id(), current -> current.withImages(WriteRules.ids(images)));
    }

    /** Fields the model keeps; the others (constant columns such as {@code ecotax}) go to its plain values. */
    private static Map<String, FieldInput> writable(Map<String, FieldInput> fields) {
        Map<String, FieldInput> kept = new LinkedHashMap<>(fields);
        kept.remove("id_product");
        kept.remove("quantity");
        return kept;
    }

    private static int parseId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
