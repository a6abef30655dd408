package io.cloudsync.hub.marketsync.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a mapping against MarketSync's catalogue once, when the hub starts (or in {@code check}), so a wrong id
 * in the mapping file is reported once instead of on every product: category targets, the default category,
 * base colours, the origin country and the markets that have price rules.
 */
public final class MappingCatalogueCheck {

    private MappingCatalogueCheck() {
    }

    /** Every problem, each naming the mapping-file key (or setting) it comes from; empty when all is known. */
    public static List<String> problems(MarketSyncMapping mapping, MarketSyncCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        mapping.categories().forEach((storeCategory, categoryId) -> {
            if (catalogue.category(categoryId).isEmpty()) {
                problems.add("categories." + storeCategory + ": " + categoryId
                        + " is not a category of MarketSync's categorias catalogue");
            }
        });
        mapping.defaultCategory().filter(id -> catalogue.category(id).isEmpty()).ifPresent(id -> problems.add(
                MarketSyncMappingLoader.DEFAULT_CATEGORY_SETTING + ": " + id
                        + " is not a category of MarketSync's categorias catalogue"));
        if (catalogue.baseColour(mapping.defaults().baseColour()).isEmpty()) {
            problems.add("defaults.baseColour: '" + mapping.defaults().baseColour()
                    + "' is not a base colour of MarketSync's colores catalogue");
        }
        mapping.colours().forEach((colour, base) -> {
            if (catalogue.baseColour(base).isEmpty()) {
                problems.add("colours: '" + colour + "' maps to '" + base
                        + "', which is not a base colour of MarketSync's colores catalogue");
            }
        });
        if (!catalogue.hasCountry(mapping.defaults().origin())) {
            problems.add("defaults.origin: " + mapping.defaults().origin()
                    + " is not a country of MarketSync's paises catalogue");
        }
        mapping.markets().keySet().stream().filter(id -> !catalogue.markets().containsKey(id)).forEach(id ->
                problems.add("markets." + id + ": no active market has this id, so its price rule is not used"));
        mapping.exclusions().keySet().stream().filter(id -> !catalogue.markets().containsKey(id)).forEach(id ->
                problems.add("exclude." + id + ": no active market has this id, so nothing is kept off it"));
        return problems;
    }
}
