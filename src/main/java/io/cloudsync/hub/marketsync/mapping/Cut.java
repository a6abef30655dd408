package io.cloudsync.hub.marketsync.mapping;

/**
 * A text the mapper shortened to fit its column.
 *
 * @param column         the MarketSync column ({@code ficha}, {@code bullet2}, {@code atributos.MATERIAL})
 * @param sku            the variation SKU for a variation column, {@code null} for a product column
 * @param originalLength characters before the cut
 * @param keptLength     characters kept
 */
public record Cut(String column, String sku, int originalLength, int keptLength) {

    @Override
    public String toString() {
        return column + (sku == null ? "" : " [" + sku + "]") + ": cut from " + originalLength + " to " + keptLength
                + " characters";
    }
}
