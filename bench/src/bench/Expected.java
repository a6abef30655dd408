package bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.http.CallRetry;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketPrice;
import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMappingLoader;
import io.cloudsync.hub.marketsync.mapping.MarketSyncValidator;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.marketsync.sink.MarketSyncCatalogueSource;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.ProductNormaliser;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The store's catalogue as MarketSync should hold it, read over HTTP from the sandbox store (not from the hub) and
 * mapped with the project's mapping: the same computation as the end-to-end tests' ExpectedCatalogue. Also the
 * mapping tools the naive sync uses, so both syncs send the same content.
 */
final class Expected {

    final HubProperties properties;
    final StoreClient store;
    final StoreProductReader reader;
    final int language;
    final ProductNormaliser normaliser;
    final MarketSyncMapper mapper;
    final MarketSyncValidator validator;
    final MarketSyncClient marketSync;
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    io.cloudsync.hub.store.StoreCatalogue storeCatalogue;

    Expected(HubProperties properties, Path mappingFile, Http http) {
        this.properties = properties;
        StoreSettings storeSettings = StoreSettings.from(properties);
        store = new StoreClient(storeSettings, http, CanonicalJson.mapper());
        reader = new StoreProductReader(store, executor);
        language = reader.languageId(storeSettings.language());
        normaliser = new ProductNormaliser(language, new ImageUrls(storeSettings.url(), "large_default", true));
        MarketSyncMapping mapping = MarketSyncMappingLoader.load(mappingFile, "");
        MarketSyncSettings settings = MarketSyncSettings.from(properties);
        marketSync = new MarketSyncClient(settings, settings.signer(), http, CanonicalJson.mapper());
        MarketSyncCatalogue catalogue = new MarketSyncCatalogueSource(marketSync, mapping, Duration.ZERO,
                Clock.systemUTC(), new CallRetry("bench", 0, Duration.ZERO, Duration.ZERO)).get();
        mapper = new MarketSyncMapper(mapping, catalogue);
        validator = new MarketSyncValidator(catalogue);
        storeCatalogue = reader.catalogue(language);
    }

    /** Valid, active products of the given store ids by SKU, SKUs two products share left out. */
    Map<String, MappedProduct> of(Collection<Long> ids) {
        List<Product> products = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 5000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 5000));
            products.addAll(reader.complete(reader.productRowsById(chunk, language), normaliser, storeCatalogue,
                    language));
        }
        Map<Long, Map<Long, Integer>> stock = new HashMap<>();
        for (StockLevel level : reader.stockOf(all)) {
            stock.computeIfAbsent(level.productId(), k -> new HashMap<>()).put(level.combinationId(), level.quantity());
        }
        Map<String, Long> count = products.stream().collect(Collectors.groupingBy(Product::reference,
                Collectors.counting()));
        Set<String> shared = count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, MappedProduct> expected = new LinkedHashMap<>();
        for (Product product : products) {
            if (!product.active() || shared.contains(product.reference())) {
                continue;
            }
            MappedProduct mapped = mapper.map(product, stock.getOrDefault(product.id(), Map.of()));
            if (validator.validate(mapped).valid()) {
                expected.put(mapped.sku(), mapped);
            }
        }
        return expected;
    }

    List<Long> allIds() {
        return reader.allIds(5000);
    }

    /** Whether the sandbox MarketSync's product (inspection JSON) holds what is expected: name, variations and
     *  their stock, prices on every market the mapping prices. */
    static boolean matches(MappedProduct expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            return false;
        }
        if (!Objects.equals(String.valueOf(expected.product().asMap().get("nombre")),
                actual.path("columns").path("nombre").asText())) {
            return false;
        }
        Map<String, JsonNode> variations = new HashMap<>();
        actual.path("variations").forEach(v -> variations.put(v.path("sku").asText(), v));
        if (variations.size() != expected.variations().size()) {
            return false;
        }
        for (VariationColumns v : expected.variations()) {
            JsonNode found = variations.get(v.sku());
            if (found == null || found.path("stock").asInt(-1) != v.stock()) {
                return false;
            }
        }
        Map<Long, JsonNode> markets = new HashMap<>();
        actual.path("markets").forEach(m -> markets.put(m.path("marketId").asLong(), m));
        for (MarketPrice price : expected.prices()) {
            JsonNode market = markets.get(price.marketId());
            if (market == null || !market.path("precio").isNumber() || !market.path("oferta").isNumber()
                    || market.path("precio").decimalValue().compareTo(price.precio()) != 0
                    || market.path("oferta").decimalValue().compareTo(price.oferta()) != 0) {
                return false;
            }
        }
        return true;
    }

    int variationCount(Map<String, MappedProduct> products) {
        return products.values().stream().mapToInt(p -> p.variations().size()).sum();
    }

    void close() {
        executor.shutdownNow();
    }
}
