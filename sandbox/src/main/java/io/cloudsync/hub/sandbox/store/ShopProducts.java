package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.Localized;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductEditor;
import io.cloudsync.hub.sandbox.store.model.ProductImage;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The shop's products as the back office writes them: every save stamps {@code date_upd} (every
 * {@value SandboxShop#BODY_DATE_LAG_EVERY}th leaves the body's date behind), creates come with an image and stock
 * rows, deletes are hard. Not thread-safe: the {@link SandboxShop} calls it under its lock and counts the change.
 */
final class ShopProducts {

    private final ShopData data;
    private final ProductEditor editor;
    private final ProductRows rows;
    private long edits;

    ShopProducts(ShopData data, ProductEditor editor, ProductRows rows) {
        this.data = data;
        this.editor = editor;
        this.rows = rows;
    }

    /** Builds an edited product stamped with {@code now}, as a back-office save does. */
    Product stamp(Product.Builder product, long now) {
        edits++;
        product.dateUpd = now;
        if (edits % SandboxShop.BODY_DATE_LAG_EVERY != 0) {
            product.shopDateUpd = now;
        }
        return product.build();
    }

    List<Product> bulkEdit(List<Integer> ids, Map<String, FieldInput> fields, long now) {
        List<Product> updated = new ArrayList<>(ids.size());
        for (int id : ids) {
            Product current = SandboxShop.require(data.products.get(id), "product", id);
            Product.Builder builder = current.toBuilder();
            fields.forEach((field, value) -> editor.apply(builder, field, value));
            Product next = stamp(builder, now);
            data.products.put(id, next);
            updated.add(next);
        }
        return updated;
    }

    Product create(UnaryOperator<Product.Builder> init, int combinations, int quantityEach, long now) {
        Product.Builder product = new Product.Builder();
        product.id = data.products.nextId();
        product.defaultCategoryId = 2;
        product.categoryIds = new int[] {2};
        product.taxRulesGroupId = 1;
        product.active = true;
        product.dateAdd = now;
        init.apply(product);
        if (product.texts.overrides().get(ProductTextField.LINK_REWRITE) == null) {
            product.texts = product.texts.with(ProductTextField.LINK_REWRITE, slugs(product));
        }
        int imageId = data.images.nextId();
        data.images.put(imageId, new ProductImage(imageId, product.id, 1, true));
        product.imageIds = new int[] {imageId};
        product.dateUpd = now;
        product.shopDateUpd = now;
        Product created = product.build();
        data.products.put(created.id(), created);
        rows.addStockRow(created.id(), 0, combinations == 0 ? quantityEach : 0);
        for (int k = 0; k < combinations; k++) {
            int sizeValue = 1 + k % 6;
            rows.insertCombination(created.id(), Map.of(), new int[] {sizeValue}, quantityEach);
        }
        return created;
    }

    private Localized slugs(Product.Builder product) {
        String[] values = new String[data.languages.count()];
        for (Language language : data.languages.all()) {
            values[language.index()] = Slug.of(product.texts.get(ProductTextField.NAME, language));
        }
        return Localized.of(values);
    }

    boolean delete(int id) {
        Product removed = data.products.remove(id);
        if (removed == null) {
            return false;
        }
        for (int combinationId : data.combinationsOfProduct.of(id)) {
            data.combinations.remove(combinationId);
        }
        for (int stockId : data.stockOfProduct.of(id)) {
            data.stockAvailables.remove(stockId);
        }
        for (int specificPriceId : data.specificPricesOfProduct.of(id)) {
            data.specificPrices.remove(specificPriceId);
        }
        for (int imageId : removed.imageIds()) {
            data.images.remove(imageId);
        }
        data.combinationsOfProduct.removeParent(id);
        data.stockOfProduct.removeParent(id);
        data.specificPricesOfProduct.removeParent(id);
        return true;
    }
}
