package io.cloudsync.hub.sandbox.store.model;

import java.util.Map;

/**
 * One row of {@code ps_product} joined with its shop row. Two update dates on purpose: {@code dateUpd} is
 * {@code ps_product.date_upd} (what filters and sorts compare), {@code shopDateUpd} is {@code ps_product_shop.date_upd}
 * (what the body shows); they differ when the shop row lags behind.
 *
 * @param staleQuantity the deprecated {@code products.quantity}: set once, never follows the stock
 * @param extra         values of fields without a typed component, as the webservice shows them
 */
public record Product(int id, int manufacturerId, int supplierId, int defaultCategoryId, int[] categoryIds,
                      int taxRulesGroupId, String reference, String supplierReference, String ean13, long priceMicros,
                      long wholesalePriceMicros, long weightMicros, long widthMicros, long heightMicros,
                      long depthMicros, int staleQuantity, boolean active, boolean onSale, String condition,
                      String visibility, long dateAdd, long dateUpd, long shopDateUpd, ProductTexts texts,
                      int[] imageIds, int[] featureValueIds, Map<String, String> extra) {

    public Product {
        extra = extra.isEmpty() ? Map.of() : Map.copyOf(extra);
    }

    public int coverImageId() {
        return imageIds.length == 0 ? 0 : imageIds[0];
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a product with some components changed (products are immutable). */
    public static final class Builder {
        public int id;
        public int manufacturerId;
        public int supplierId;
        public int defaultCategoryId;
        public int[] categoryIds;
        public int taxRulesGroupId;
        public String reference;
        public String supplierReference;
        public String ean13;
        public long priceMicros;
        public long wholesalePriceMicros;
        public long weightMicros;
        public long widthMicros;
        public long heightMicros;
        public long depthMicros;
        public int staleQuantity;
        public boolean active;
        public boolean onSale;
        public String condition;
        public String visibility;
        public long dateAdd;
        public long dateUpd;
        public long shopDateUpd;
        public ProductTexts texts;
        public int[] imageIds;
        public int[] featureValueIds;
        public Map<String, String> extra;

        public Builder() {
            categoryIds = new int[0];
            reference = "";
            supplierReference = "";
            ean13 = "";
            condition = "new";
            visibility = "both";
            texts = ProductTexts.from(TextSource.EMPTY);
            imageIds = new int[0];
            featureValueIds = new int[0];
            extra = Map.of();
            dateAdd = ShopTime.ZERO;
            dateUpd = ShopTime.ZERO;
            shopDateUpd = ShopTime.ZERO;
        }

        private Builder(Product p) {
            id = p.id;
            manufacturerId = p.manufacturerId;
            supplierId = p.supplierId;
            defaultCategoryId = p.defaultCategoryId;
            categoryIds = p.categoryIds;
            taxRulesGroupId = p.taxRulesGroupId;
            reference = p.reference;
            supplierReference = p.supplierReference;
            ean13 = p.ean13;
            priceMicros = p.priceMicros;
            wholesalePriceMicros = p.wholesalePriceMicros;
            weightMicros = p.weightMicros;
            widthMicros = p.widthMicros;
            heightMicros = p.heightMicros;
            depthMicros = p.depthMicros;
            staleQuantity = p.staleQuantity;
            active = p.active;
            onSale = p.onSale;
            condition = p.condition;
            visibility = p.visibility;
            dateAdd = p.dateAdd;
            dateUpd = p.dateUpd;
            shopDateUpd = p.shopDateUpd;
            texts = p.texts;
            imageIds = p.imageIds;
            featureValueIds = p.featureValueIds;
            extra = p.extra;
        }

        public Product build() {
            return new Product(id, manufacturerId, supplierId, defaultCategoryId, categoryIds, taxRulesGroupId, reference,
                    supplierReference, ean13, priceMicros, wholesalePriceMicros, weightMicros, widthMicros, heightMicros,
                    depthMicros, staleQuantity, active, onSale, condition, visibility, dateAdd, dateUpd, shopDateUpd,
                    texts, imageIds, featureValueIds, extra);
        }
    }
}
