package io.cloudsync.hub.marketsync.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A product's prices on one marketplace, both tax included: {@code precio} (list) and {@code oferta} (sale). */
public record MarketPrice(long marketId, BigDecimal precio, BigDecimal oferta) {

    public MarketPrice {
        precio = precio.setScale(2, RoundingMode.HALF_UP);
        oferta = oferta.setScale(2, RoundingMode.HALF_UP);
    }

    /** Discount of the offer below the list price, in percent (0 when there is none or no list price). */
    public BigDecimal discountPercent() {
        if (precio.signum() <= 0 || oferta.compareTo(precio) >= 0) {
            return BigDecimal.ZERO;
        }
        return precio.subtract(oferta).multiply(BigDecimal.valueOf(100)).divide(precio, 2, RoundingMode.HALF_UP);
    }

    /** The {@code precios} item without {@code product_id}, which only MarketSync knows. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("market_id", marketId);
        map.put("precio", precio);
        map.put("oferta", oferta);
        return map;
    }
}
