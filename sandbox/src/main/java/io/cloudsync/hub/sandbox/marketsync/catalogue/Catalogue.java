package io.cloudsync.hub.sandbox.marketsync.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** MarketSync's general catalogues: marketplaces, categories with their attributes, base colours, countries. */
public final class Catalogue {

    /** The seller's own web store: orders created with POST pedidos. */
    public static final int WEB_MARKET_ID = 0;
    private static final int WEB_STATUSES_OF = 8;

    private final List<Market> markets;
    private final Map<Integer, Market> marketsById;
    private final List<Category> categories;
    private final Map<Integer, Category> categoriesById;
    private final List<Colour> colours;
    private final Map<String, Colour> coloursByName;
    private final List<Country> countries;
    private final Map<Integer, Country> countriesById;

    public Catalogue(List<Market> markets, List<Category> categories, List<Colour> colours, List<Country> countries) {
        this.markets = List.copyOf(markets);
        this.marketsById = index(markets, Market::id);
        this.categories = List.copyOf(categories);
        this.categoriesById = index(categories, Category::id);
        this.colours = List.copyOf(colours);
        this.coloursByName = index(colours, Colour::color);
        this.countries = List.copyOf(countries);
        this.countriesById = index(countries, Country::id);
    }

    /** The catalogue shipped in the jar under {@code sandbox/marketsync/}. */
    public static Catalogue bundled() {
        return CatalogueLoader.BUNDLED;
    }

    public List<Market> markets() {
        return markets;
    }

    public Optional<Market> market(int id) {
        return Optional.ofNullable(marketsById.get(id));
    }

    /**
     * The status words of a marketplace's orders. The seller's own web store (market 0, orders from POST pedidos)
     * speaks E-Commerce's words, as the pedidos documentation's example does ({@code pendiente}, {@code authorized}).
     */
    public Optional<OrderStatuses> statuses(int marketId) {
        return market(marketId == WEB_MARKET_ID ? WEB_STATUSES_OF : marketId).map(Market::statuses);
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> category(int id) {
        return Optional.ofNullable(categoriesById.get(id));
    }

    public List<Colour> colours() {
        return colours;
    }

    public boolean isBaseColour(String name) {
        return coloursByName.containsKey(name);
    }

    public List<Country> countries() {
        return countries;
    }

    public boolean isCountry(int id) {
        return countriesById.containsKey(id);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
