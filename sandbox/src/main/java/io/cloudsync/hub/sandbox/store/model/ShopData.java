package io.cloudsync.hub.sandbox.store.model;

/**
 * Every table of the sandbox shop and the few indexes the webservice needs to stay fast at 100,000 products.
 * Rows are immutable; whoever changes a table keeps the indexes in step (see {@code SandboxShop}).
 */
public final class ShopData {

    public final ShopLanguages languages;

    public final IdTable<Product> products = new IdTable<>();
    public final IdTable<Combination> combinations = new IdTable<>();
    public final IdTable<StockAvailable> stockAvailables = new IdTable<>();
    public final IdTable<SpecificPrice> specificPrices = new IdTable<>();
    public final IdTable<ProductImage> images = new IdTable<>();

    public final IdTable<Category> categories = new IdTable<>();
    public final IdTable<Manufacturer> manufacturers = new IdTable<>();
    public final IdTable<OptionGroup> optionGroups = new IdTable<>();
    public final IdTable<OptionValue> optionValues = new IdTable<>();
    public final IdTable<Feature> features = new IdTable<>();
    public final IdTable<FeatureValue> featureValues = new IdTable<>();
    public final IdTable<TaxRulesGroup> taxRulesGroups = new IdTable<>();
    public final IdTable<TaxRule> taxRules = new IdTable<>();
    public final IdTable<Tax> taxes = new IdTable<>();

    public final IdTable<Customer> customers = new IdTable<>();
    public final IdTable<Address> addresses = new IdTable<>();
    public final IdTable<Cart> carts = new IdTable<>();
    public final IdTable<Order> orders = new IdTable<>();
    public final IdTable<OrderState> orderStates = new IdTable<>();
    public final IdTable<OrderHistory> orderHistories = new IdTable<>();
    public final IdTable<OrderCarrier> orderCarriers = new IdTable<>();

    public final IdTable<ConfigurationValue> configurations = new IdTable<>();
    public final IdTable<Currency> currencies = new IdTable<>();
    public final IdTable<ShopRecord> shops = new IdTable<>();

    /** product id → combination ids */
    public final ChildIndex combinationsOfProduct = new ChildIndex();
    /** product id → stock row ids (the product row and one per combination) */
    public final ChildIndex stockOfProduct = new ChildIndex();
    /** product id → specific price ids */
    public final ChildIndex specificPricesOfProduct = new ChildIndex();
    /** order id → its order_carrier ids */
    public final ChildIndex carriersOfOrder = new ChildIndex();

    /**
     * The payment modules installed in the shop: an order's {@code module} must name one. A marketplace connector
     * installs its own ({@code marketsync}) so that its orders say where they came from.
     */
    public final java.util.Set<String> paymentModules = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Sequences that are not the id of a table: order lines, invoice and delivery slip numbers. */
    public final java.util.concurrent.atomic.AtomicInteger orderRowIds = new java.util.concurrent.atomic.AtomicInteger();
    public final java.util.concurrent.atomic.AtomicInteger invoiceNumbers = new java.util.concurrent.atomic.AtomicInteger();
    public final java.util.concurrent.atomic.AtomicInteger deliveryNumbers = new java.util.concurrent.atomic.AtomicInteger();

    public ShopData(ShopLanguages languages) {
        this.languages = languages;
        PaymentMethod.ALL.forEach(method -> paymentModules.add(method.module()));
        paymentModules.add("marketsync");
    }

    /** Records the carrier row of an order just placed. */
    public OrderCarrier addOrderCarrier(Order order, String trackingNumber) {
        int id = orderCarriers.nextId();
        OrderCarrier row = OrderCarrier.of(id, order).withTrackingNumber(trackingNumber);
        orderCarriers.put(id, row);
        carriersOfOrder.add(order.id(), id);
        return row;
    }

    /** The (first) carrier row of an order, or null. */
    public OrderCarrier carrierOf(int orderId) {
        int[] ids = carriersOfOrder.of(orderId);
        return ids.length == 0 ? null : orderCarriers.get(ids[0]);
    }

    /** The stock row of a product ({@code combinationId} 0) or of one of its combinations, or null. */
    public StockAvailable stockOf(int productId, int combinationId) {
        for (int id : stockOfProduct.of(productId)) {
            StockAvailable row = stockAvailables.get(id);
            if (row != null && row.combinationId() == combinationId) {
                return row;
            }
        }
        return null;
    }

    public ConfigurationValue configuration(String name) {
        ConfigurationValue[] found = new ConfigurationValue[1];
        configurations.forEach(row -> {
            if (found[0] == null && row.name().equals(name)) {
                found[0] = row;
            }
        });
        return found[0];
    }

    /** The tax rate (millionths of a percent) a tax rule group applies in a country; 0 without a rule. */
    public long taxRate(int taxRulesGroupId, int countryId) {
        long[] rate = {0};
        if (taxRulesGroupId == 0) {
            return 0;
        }
        taxRules.forEach(rule -> {
            if (rule.groupId() == taxRulesGroupId && rule.countryId() == countryId) {
                Tax tax = taxes.get(rule.taxId());
                if (tax != null && tax.active()) {
                    rate[0] = tax.rateMicros();
                }
            }
        });
        return rate[0];
    }
}
