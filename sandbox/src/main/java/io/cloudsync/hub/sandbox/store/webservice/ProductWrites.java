package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Product;
import java.util.Map;

/** POST / PUT / PATCH / DELETE on products: a save stamps {@code date_upd}, like the back office. */
final class ProductWrites implements ResourceWriter<Product> {

    private final SandboxShop shop;
    private Resource<Product> resource;

    ProductWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<Product> products) {
        this.resource = products;
    }

    @Override
    public Product create(XmlEntity entity) {
        Map<String, FieldInput> fields = WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE);
        WriteRules.requireKnownAssociations(resource, entity);
        try {
            return shop.createProduct(product -> apply(product, fields, entity), 0, 0);
        } catch (IllegalArgumentException e) {
            throw WriteRules.invalid(e);
        }
    }

    @Override
    public Product update(XmlEntity entity, boolean replaceAll) {
        Map<String, FieldInput> fields = WriteRules.fieldsToWrite(resource, entity,
                replaceAll ? WriteRules.Mode.REPLACE : WriteRules.Mode.PATCH);
        WriteRules.requireKnownAssociations(resource, entity);
        int id = entity.id();
        if (shop.product(id).isEmpty()) {
            throw new WebserviceException(404, 92, "Invalid ID");
        }
        try {
            return shop.updateProduct(id, product -> apply(product, fields, entity));
        } catch (IllegalArgumentException e) {
            throw WriteRules.invalid(e);
        }
    }

    @Override
    public boolean delete(int id) {
        return shop.deleteProduct(id);
    }

    private Product.Builder apply(Product.Builder product, Map<String, FieldInput> fields, XmlEntity entity) {
        fields.forEach((field, value) -> shop.productEditor().apply(product, field, value));
        var categories = entity.associations().get("categories");
        if (categories != null) {
            product.categoryIds = WriteRules.ids(categories);
        }
        var features = entity.associations().get("product_features");
        if (features != null) {
            product.featureValueIds = features.stream().map(entry -> entry.getOrDefault("id_feature_value", ""))
                    .filter(value -> value.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        }
        return product;
    }
}
