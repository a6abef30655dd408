package io.cloudsync.hub.marketsync.mapping;

import java.util.List;

/**
 * A store product turned into what MarketSync takes: the product's columns, its variations, its prices per
 * market, every text the mapper had to cut, and what the mapper already knows is wrong ({@code mappingErrors},
 * e.g. no category) or worth knowing ({@code mappingWarnings}). {@link MarketSyncValidator} adds the column
 * table's checks to these.
 */
public record MappedProduct(
        long storeProductId,
        ProductColumns product,
        List<VariationColumns> variations,
        List<MarketPrice> prices,
        List<Cut> cuts,
        List<Problem> mappingErrors,
        List<Problem> mappingWarnings) {

    public MappedProduct {
        variations = List.copyOf(variations);
        prices = List.copyOf(prices);
        cuts = List.copyOf(cuts);
        mappingErrors = List.copyOf(mappingErrors);
        mappingWarnings = List.copyOf(mappingWarnings);
    }

    /** The parent SKU: the key MarketSync and the ledger know the product by. */
    public String sku() {
        return product.sku();
    }
}
