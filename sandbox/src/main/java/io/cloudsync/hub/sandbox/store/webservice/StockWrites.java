package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.util.Map;

/** PUT / PATCH on stock_availables: the quantity changes, no date does (the product's included). */
final class StockWrites implements ResourceWriter<StockAvailable> {

    private final SandboxShop shop;
    private Resource<StockAvailable> resource;

    StockWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<StockAvailable> stockAvailables) {
        this.resource = stockAvailables;
    }

    @Override
    public StockAvailable create(XmlEntity entity) {
        throw new WebserviceException(405, 101, "Method POST is not allowed for the resource stock_availables");
    }

    @Override
    public StockAvailable update(XmlEntity entity, boolean replaceAll) {
        Map<String, FieldInput> fields = WriteRules.fieldsToWrite(resource, entity,
                replaceAll ? WriteRules.Mode.REPLACE : WriteRules.Mode.PATCH);
        int id = entity.id();
        StockAvailable current = shop.data().stockAvailables.get(id);
        if (current == null) {
            throw new WebserviceException(404, 92, "Invalid ID");
        }
        int quantity = fields.containsKey("quantity") ? integer("quantity", fields.get("quantity")) : current.quantity();
        boolean dependsOnStock = fields.containsKey("depends_on_stock")
                ? "1".equals(fields.get("depends_on_stock").text().trim()) : current.dependsOnStock();
        int outOfStock = fields.containsKey("out_of_stock") ? integer("out_of_stock", fields.get("out_of_stock"))
                : current.outOfStock();
        String location = fields.containsKey("location") ? fields.get("location").text() : current.location();
        return shop.updateStockRow(id, row -> row.with(quantity, dependsOnStock, outOfStock, location));
    }

    private static int integer(String name, FieldInput value) {
        String text = value.text().trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new WebserviceException(400, 85, "Validation error: \"" + name + "\" must be a whole number, got '"
                    + text + "'");
        }
    }
}
