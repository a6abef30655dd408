package io.cloudsync.hub.testing;

import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.http.CallRetry;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMappingLoader;
import io.cloudsync.hub.marketsync.mapping.MarketSyncValidator;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The store's catalogue as MarketSync should hold it, computed from a fresh read of the store over HTTP (not
 * the hub's mirror) with the project's mapping: the valid products by SKU. A reference two store products share
 * is left out ({@link #shared}): the first of them to reach MarketSync keeps it, so which one depends on order.
 */
public record ExpectedCatalogue(Map<String, MappedProduct> products, Set<String> shared) {

    public static final String MAPPING = "mapping/marketsync-mapping.yaml";

    public static ExpectedCatalogue of(HubProperties properties) {
        StoreRead store = read(properties);
        JdkHttpTransport transport = new JdkHttpTransport();
        MarketSyncMapping mapping = MarketSyncMappingLoader.load(Path.of(MAPPING), "");
        MarketSyncSettings marketSync = MarketSyncSettings.from(properties);
        MarketSyncCatalogue catalogue = new MarketSyncCatalogueSource(new MarketSyncClient(marketSync,
                marketSync.signer(), transport, CanonicalJson.mapper()), mapping, Duration.ZERO, Clock.systemUTC(),
                new CallRetry("test", 0, Duration.ZERO, Duration.ZERO)).get();
        MarketSyncMapper mapper = new MarketSyncMapper(mapping, catalogue);
        MarketSyncValidator validator = new MarketSyncValidator(catalogue);
        List<Product> products = store.products();
        Map<String, Long> count = products.stream()
                .collect(Collectors.groupingBy(Product::reference, Collectors.counting()));
        Set<String> shared = count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, MappedProduct> expected = new LinkedHashMap<>();
        for (Product product : products) {
            if (!product.active() || shared.contains(product.reference())) {
                continue;
            }
            MappedProduct mapped = mapper.map(product, store.stock().getOrDefault(product.id(), Map.of()));
            if (validator.validate(mapped).valid()) {
                expected.put(mapped.sku(), mapped);
            }
        }
        return new ExpectedCatalogue(expected, shared);
    }

    /** Every product of the store (inactive ones too), read over HTTP and normalised as the hub's ingest does. */
    public static List<Product> storeProducts(HubProperties properties) {
        return read(properties).products();
    }

    private record StoreRead(List<Product> products, Map<Long, Map<Long, Integer>> stock) {
    }

    private static StoreRead read(HubProperties properties) {
        StoreSettings storeSettings = StoreSettings.from(properties);
        StoreClient store = new StoreClient(storeSettings, new JdkHttpTransport(), CanonicalJson.mapper());
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            StoreProductReader reader = new StoreProductReader(store, executor);
            int language = reader.languageId(storeSettings.language());
            ProductNormaliser normaliser = new ProductNormaliser(language,
                    new ImageUrls(storeSettings.url(), "large_default", true));
            var ids = reader.allIds(5000);
            var products = reader.complete(reader.productRowsById(ids, language), normaliser,
                    reader.catalogue(language), language);
            Map<Long, Map<Long, Integer>> stock = new HashMap<>();
            for (StockLevel level : reader.stockOf(ids)) {
                stock.computeIfAbsent(level.productId(), k -> new HashMap<>())
                        .put(level.combinationId(), level.quantity());
            }
            return new StoreRead(List.copyOf(products), stock);
        } finally {
            executor.shutdownNow();
        }
    }
}
