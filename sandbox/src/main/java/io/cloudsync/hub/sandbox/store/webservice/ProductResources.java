package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.FeatureValue;
import io.cloudsync.hub.sandbox.store.model.Manufacturer;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** products, combinations, stock_availables and specific_prices, field for field as PrestaShop 8 shows them. */
final class ProductResources {

    private final SandboxShop shop;
    private final ShopData data;

    ProductResources(SandboxShop shop) {
        this.shop = shop;
        this.data = shop.data();
    }

    Resource<Product> products() {
        List<Field<Product>> fields = List.of(
                Field.id(Product::id),
                Field.integer("id_manufacturer", Product::manufacturerId),
                Field.integer("id_supplier", Product::supplierId),
                Field.integer("id_category_default", Product::defaultCategoryId),
                Field.<Product>constant("new", null),
                Field.integer("cache_default_attribute", p -> defaultCombination(p.id())),
                Field.<Product>integer("id_default_image", Product::coverImageId).dynamic(),
                Field.<Product>integer("id_default_combination", p -> defaultCombination(p.id())).dynamic(),
                Field.integer("id_tax_rules_group", Product::taxRulesGroupId),
                Field.<Product>integer("position_in_category", p -> 0).dynamic(),
                Field.<Product>text("manufacturer_name", this::manufacturerName).dynamic().readOnly(),
                Field.<Product>integer("quantity", Product::staleQuantity).dynamic().readOnly(),
                Field.<Product>constant("type", "simple").dynamic(),
                Field.constant("id_shop_default", "1"),
                Field.text("reference", Product::reference),
                Field.text("supplier_reference", Product::supplierReference),
                Field.constant("location", ""),
                Field.decimal("width", Product::widthMicros),
                Field.decimal("height", Product::heightMicros),
                Field.decimal("depth", Product::depthMicros),
                Field.decimal("weight", Product::weightMicros),
                Field.constant("quantity_discount", "0"),
                Field.text("ean13", Product::ean13),
                Field.constant("isbn", ""),
                Field.constant("upc", ""),
                Field.constant("mpn", ""),
                Field.constant("cache_is_pack", "0"),
                Field.constant("cache_has_attachments", "0"),
                Field.constant("is_virtual", "0"),
                Field.constant("state", "1"),
                Field.constant("additional_delivery_times", "1"),
                text(ProductTextField.DELIVERY_IN_STOCK),
                text(ProductTextField.DELIVERY_OUT_STOCK),
                Field.text("product_type", p -> data.combinationsOfProduct.of(p.id()).length > 0 ? "combinations" : "standard"),
                Field.bool("on_sale", Product::onSale),
                Field.constant("online_only", "0"),
                Field.constant("ecotax", "0.000000"),
                Field.constant("minimal_quantity", "1"),
                Field.constant("low_stock_threshold", null),
                Field.constant("low_stock_alert", "0"),
                Field.<Product>decimal("price", Product::priceMicros).required(),
                Field.decimal("wholesale_price", Product::wholesalePriceMicros),
                Field.constant("unity", ""),
                Field.constant("unit_price_ratio", "0.000000"),
                Field.constant("additional_shipping_cost", "0.000000"),
                Field.constant("customizable", "0"),
                Field.constant("text_fields", "0"),
                Field.constant("uploadable_files", "0"),
                Field.bool("active", Product::active),
                Field.constant("redirect_type", "301-category"),
                Field.constant("id_type_redirected", "0"),
                Field.constant("available_for_order", "1"),
                Field.constant("available_date", "0000-00-00"),
                Field.constant("show_condition", "0"),
                Field.text("condition", Product::condition),
                Field.constant("show_price", "1"),
                Field.constant("indexed", "1"),
                Field.text("visibility", Product::visibility),
                Field.constant("advanced_stock_management", "0"),
                Field.dateTime("date_add", Product::dateAdd),
                Field.dateTime("date_upd", Product::shopDateUpd).comparedBy(Product::dateUpd),
                Field.constant("pack_stock_type", "3"),
                text(ProductTextField.META_DESCRIPTION),
                text(ProductTextField.META_KEYWORDS),
                text(ProductTextField.META_TITLE),
                text(ProductTextField.LINK_REWRITE).required(),
                text(ProductTextField.NAME).required(),
                text(ProductTextField.DESCRIPTION),
                text(ProductTextField.DESCRIPTION_SHORT),
                text(ProductTextField.AVAILABLE_NOW),
                text(ProductTextField.AVAILABLE_LATER));
        List<Association<Product>> associations = List.of(
                Association.ids("categories", "category", "categories", Product::categoryIds),
                Association.ids("images", "image", "images", Product::imageIds),
                Association.ids("combinations", "combination", "combinations", p -> data.combinationsOfProduct.of(p.id())),
                Association.ids("product_option_values", "product_option_value", "product_option_values",
                        p -> optionValuesOf(p.id())),
                new Association<>("product_features", "product_feature", "product_features",
                        List.of("id", "id_feature_value"), this::featuresOf),
                new Association<>("stock_availables", "stock_available", "stock_availables",
                        List.of("id", "id_product_attribute"), this::stockOf));
        ProductWrites writes = new ProductWrites(shop);
        Resource<Product> products = new Resource<>("products", "product", "The products", data.products,
                fields.stream().map(field -> field.withOverlay(Product::extra)).toList(), associations,
                Resource.READ_WRITE, Map.of(), p -> new PriceTarget(p.id(), 0), writes);
        writes.bind(products);
        return products;
    }

    Resource<Combination> combinations() {
        List<Field<Combination>> fields = List.of(
                Field.id(Combination::id),
                Field.<Combination>integer("id_product", Combination::productId).required(),
                Field.constant("location", ""),
                Field.text("ean13", Combination::ean13),
                Field.constant("isbn", ""),
                Field.constant("upc", ""),
                Field.constant("mpn", ""),
                Field.number("quantity", Combination::staleQuantity),
                Field.text("reference", Combination::reference),
                Field.constant("supplier_reference", ""),
                Field.decimal("wholesale_price", Combination::wholesalePriceMicros),
                Field.decimal("price", Combination::priceImpactMicros),
                Field.constant("ecotax", "0.000000"),
                Field.decimal("weight", Combination::weightImpactMicros),
                Field.constant("unit_price_impact", "0.000000"),
                Field.<Combination>integer("minimal_quantity", Combination::minimalQuantity).required(),
                Field.constant("low_stock_threshold", null),
                Field.constant("low_stock_alert", "0"),
                Field.text("default_on", c -> c.defaultOn() ? "1" : null),
                Field.constant("available_date", null));
        List<Association<Combination>> associations = List.of(
                Association.ids("product_option_values", "product_option_value", "product_option_values",
                        Combination::optionValueIds),
                Association.ids("images", "image", "images", Combination::imageIds));
        CombinationWrites writes = new CombinationWrites(shop);
        Resource<Combination> combinations = new Resource<>("combinations", "combination", "The product combinations",
                data.combinations, fields.stream().map(field -> field.withOverlay(Combination::extra)).toList(),
                associations, Resource.READ_WRITE, Map.of("id_product", data.combinationsOfProduct::of),
                c -> new PriceTarget(c.productId(), c.id()), writes);
        writes.bind(combinations);
        return combinations;
    }

    Resource<StockAvailable> stockAvailables() {
        List<Field<StockAvailable>> fields = List.of(
                Field.id(StockAvailable::id),
                Field.<StockAvailable>integer("id_product", StockAvailable::productId).required(),
                Field.<StockAvailable>integer("id_product_attribute", StockAvailable::combinationId).required(),
                Field.constant("id_shop", "1"),
                Field.constant("id_shop_group", "0"),
                Field.<StockAvailable>integer("quantity", StockAvailable::quantity).required(),
                Field.<StockAvailable>bool("depends_on_stock", StockAvailable::dependsOnStock).required(),
                Field.<StockAvailable>integer("out_of_stock", StockAvailable::outOfStock).required(),
                Field.text("location", StockAvailable::location));
        StockWrites writes = new StockWrites(shop);
        Resource<StockAvailable> stock = new Resource<>("stock_availables", "stock_available", "Available quantities",
                data.stockAvailables, fields, List.of(), Set.of("GET", "HEAD", "PUT", "PATCH"),
                Map.of("id_product", data.stockOfProduct::of), null, writes);
        writes.bind(stock);
        return stock;
    }

    Resource<SpecificPrice> specificPrices() {
        List<Field<SpecificPrice>> fields = List.of(
                Field.id(SpecificPrice::id),
                Field.constant("id_shop_group", "0"),
                Field.constant("id_shop", "1"),
                Field.constant("id_cart", "0"),
                Field.integer("id_product", SpecificPrice::productId),
                Field.integer("id_product_attribute", SpecificPrice::combinationId),
                Field.constant("id_currency", "0"),
                Field.constant("id_country", "0"),
                Field.integer("id_group", SpecificPrice::groupId),
                Field.integer("id_customer", SpecificPrice::customerId),
                Field.constant("id_specific_price_rule", "0"),
                Field.decimal("price", SpecificPrice::priceMicros),
                Field.integer("from_quantity", SpecificPrice::fromQuantity),
                Field.decimal("reduction", SpecificPrice::reductionMicros),
                Field.bool("reduction_tax", SpecificPrice::reductionTax),
                Field.text("reduction_type", SpecificPrice::reductionType),
                Field.dateTime("from", SpecificPrice::from),
                Field.dateTime("to", SpecificPrice::to));
        return new Resource<>("specific_prices", "specific_price", "Specific price management", data.specificPrices,
                fields, List.of(), Resource.READ, Map.of("id_product", data.specificPricesOfProduct::of), null, null);
    }

    private static Field<Product> text(ProductTextField field) {
        return Field.i18n(field.webserviceName(), (product, language) -> product.texts().get(field, language));
    }

    private int defaultCombination(int productId) {
        int first = 0;
        for (int id : data.combinationsOfProduct.of(productId)) {
            Combination combination = data.combinations.get(id);
            if (combination != null && combination.defaultOn()) {
                return id;
            }
            if (first == 0) {
                first = id;
            }
        }
        return first;
    }

    private String manufacturerName(Product product) {
        Manufacturer manufacturer = data.manufacturers.get(product.manufacturerId());
        return manufacturer == null ? "" : manufacturer.name();
    }

    private int[] optionValuesOf(int productId) {
        Set<Integer> values = new LinkedHashSet<>();
        for (int id : data.combinationsOfProduct.of(productId)) {
            Combination combination = data.combinations.get(id);
            if (combination != null) {
                for (int value : combination.optionValueIds()) {
                    values.add(value);
                }
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<String[]> featuresOf(Product product) {
        List<String[]> entries = new ArrayList<>(product.featureValueIds().length);
        for (int valueId : product.featureValueIds()) {
            FeatureValue value = data.featureValues.get(valueId);
            if (value != null) {
                entries.add(new String[] {Integer.toString(value.featureId()), Integer.toString(valueId)});
            }
        }
        return entries;
    }

    private List<String[]> stockOf(Product product) {
        List<String[]> entries = new ArrayList<>();
        for (int id : data.stockOfProduct.of(product.id())) {
            StockAvailable row = data.stockAvailables.get(id);
            if (row != null) {
                entries.add(new String[] {Integer.toString(id), Integer.toString(row.combinationId())});
            }
        }
        return entries;
    }
}
