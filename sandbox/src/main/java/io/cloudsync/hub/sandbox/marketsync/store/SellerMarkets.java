package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seller's settings per marketplace (POST markets): whether MarketSync may publish there, and how many units
 * of each seller SKU to hold back from it ({@code proteccion}, 0–5). Every marketplace starts enabled with no
 * protection.
 */
public final class SellerMarkets {

    public record Setting(int marketId, boolean activo, int proteccion) {
    }

    private final Catalogue catalogue;
    private final Map<Integer, Setting> settings = new ConcurrentHashMap<>();

    public SellerMarkets(Catalogue catalogue) {
        this.catalogue = catalogue;
        reset();
    }

    public Setting setting(int marketId) {
        return settings.getOrDefault(marketId, new Setting(marketId, false, 0));
    }

    public boolean enabled(int marketId) {
        return setting(marketId).activo();
    }

    public void set(Setting setting) {
        settings.put(setting.marketId(), setting);
    }

    public List<Setting> all() {
        return catalogue.markets().stream().map(Market::id).map(this::setting).toList();
    }

    public void reset() {
        settings.clear();
        catalogue.markets().forEach(m -> settings.put(m.id(), new Setting(m.id(), true, 0)));
    }
}
