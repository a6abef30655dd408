package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resources the sandbox key may use, by name. PrestaShop resources the simulator does not model are known
 * (so the errors say "not allowed with this authentication key", as for a key without that right) but not served.
 */
final class ResourceCatalog {

    /** PrestaShop 8's other resources: a real key often lacks the right to them. */
    static final List<String> NOT_GRANTED = List.of("attachments", "carriers", "cart_rules", "contacts", "countries",
            "customer_messages", "customer_threads", "customizations", "deliveries", "employees", "groups", "guests",
            "image_types", "messages", "order_carriers", "order_cart_rules", "order_details", "order_invoices",
            "order_payments", "order_slip", "price_ranges", "product_customization_fields", "product_suppliers",
            "search", "shop_groups", "shop_urls", "specific_price_rules", "states", "stock_movement_reasons",
            "stock_movements", "stocks", "stores", "suppliers", "supply_order_details", "supply_order_histories",
            "supply_order_receipt_histories", "supply_order_states", "supply_orders", "tags",
            "translated_configurations", "warehouse_product_locations", "warehouses", "weight_ranges", "zones",
            "content_management_system");

    private final Map<String, Resource<?>> resources = new TreeMap<>();

    ResourceCatalog(SandboxShop shop) {
        ProductResources products = new ProductResources(shop);
        CatalogueResources catalogue = new CatalogueResources(shop);
        CustomerResources customers = new CustomerResources(shop.data());
        OrderResources orders = new OrderResources(shop);
        ShopResources shopResources = new ShopResources(shop.data());
        CheckoutWrites checkout = new CheckoutWrites(shop);
        for (Resource<?> resource : List.of(products.products(), products.combinations(), products.stockAvailables(),
                products.specificPrices(), catalogue.categories(), catalogue.manufacturers(),
                catalogue.productOptions(), catalogue.productOptionValues(), catalogue.productFeatures(),
                catalogue.productFeatureValues(), catalogue.taxRuleGroups(), catalogue.taxRules(), catalogue.taxes(),
                checkout.postable(customers.customers(), checkout::customer),
                checkout.postable(customers.addresses(), checkout::address),
                checkout.postable(customers.carts(), checkout::cart), checkout.postable(orders.orders(), checkout::order),
                orders.orderStates(), orders.orderHistories(), shopResources.languages(),
                shopResources.configurations(), shopResources.currencies(), shopResources.shops())) {
            resources.put(resource.plural(), resource);
        }
    }

    Resource<?> get(String name) {
        return resources.get(name);
    }

    Map<String, Resource<?>> all() {
        return resources;
    }

    /** Every name PrestaShop knows, served or not ({@code images} included). */
    java.util.Set<String> knownNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(resources.keySet());
        names.addAll(NOT_GRANTED);
        names.add("images");
        return names;
    }
}
