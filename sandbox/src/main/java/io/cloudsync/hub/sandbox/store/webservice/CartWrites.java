package io.cloudsync.hub.sandbox.store.webservice;

import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.optional;
import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.required;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import java.util.List;
import java.util.Map;

/**
 * POST on carts with {@code associations/cart_rows}: {@code Cart::setWsCartRows} inserts the rows as written, without
 * checking products, combinations or stock. The cart's {@code secure_key} must be its customer's (the order refuses
 * the cart otherwise): PrestaShop does not fill it in for a cart written through the webservice.
 */
final class CartWrites implements ResourceWriter<Cart> {

    static final List<ObjectValidation.Rule> DEFINITION = List.of(
            optional("id_address_delivery", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("id_address_invoice", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("id_carrier", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_currency", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("id_customer", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_lang", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("secure_key", 32, null));

    private final SandboxShop shop;
    private Resource<Cart> resource;

    CartWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<Cart> carts) {
        this.resource = carts;
    }

    @Override
    public Cart create(XmlEntity entity) {
        WrittenValues values = WrittenValues.of(WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE));
        WriteRules.requireKnownAssociations(resource, entity);
        ObjectValidation.check("Cart", DEFINITION, values.texts());
        List<CartRow> rows = entity.associations().getOrDefault("cart_rows", List.of()).stream()
                .map(CartWrites::row).toList();
        Cart draft = new Cart(0, values.integer("id_address_delivery"), values.integer("id_address_invoice"),
                values.integer("id_customer"), values.integer("id_lang"), values.integer("id_carrier"),
                values.text("secure_key"), 0, 0, rows);
        return shop.sell((sales, now) -> sales.addCart(draft, now));
    }

    @Override
    public Cart update(XmlEntity entity, boolean replaceAll) {
        throw new WebserviceException(405, 25, "Method PUT is not allowed for the resource carts with this "
                + "authentication key");
    }

    private static CartRow row(Map<String, String> entry) {
        WrittenValues values = new WrittenValues(entry);
        return new CartRow(values.integer("id_product"), values.integer("id_product_attribute"),
                values.integer("id_address_delivery"), values.integer("quantity"));
    }
}
