package io.cloudsync.hub.marketsync.mapping;

/**
 * One reason a product cannot be sent (or a warning about it).
 *
 * @param column the MarketSync column it concerns ({@code sku}, {@code atributos.BRAND}, {@code oferta})
 * @param sku    the variation SKU when it is a variation column, else {@code null}
 */
public record Problem(String column, String sku, String message) {

    static Problem product(String column, String message) {
        return new Problem(column, null, message);
    }

    static Problem variation(String column, String sku, String message) {
        return new Problem(column, sku, message);
    }

    @Override
    public String toString() {
        return column + (sku == null ? "" : " [" + sku + "]") + ": " + message;
    }
}
