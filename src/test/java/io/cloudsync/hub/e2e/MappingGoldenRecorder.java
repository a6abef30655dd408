package io.cloudsync.hub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.mapping.MappingGolden;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMappingLoader;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.ProductNormaliser;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.store.StoreSettings;
import io.cloudsync.hub.testing.ExpectedCatalogue;
import io.cloudsync.hub.testing.JdkHttpTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Records the inputs of {@link MappingGolden} from a fresh sandbox shop (seed 42), and with {@code --outputs}
 * what the current code makes of them. Run once by hand (test classpath, from the project folder):
 * {@code java -cp target/classes:target/test-classes:<deps> io.cloudsync.hub.e2e.MappingGoldenRecorder 400}.
 * Not a test: the golden files are the pin, re-recording them would hide a change.
 */
public final class MappingGoldenRecorder {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    private MappingGoldenRecorder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--outputs")) {
            Files.write(MappingGolden.DIR.resolve("outputs.txt"), MappingGolden.outputs(MappingGolden.load()));
            return;
        }
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path dir = Files.createTempDirectory("golden");
        try (SyncHarness harness = SyncHarness.prepare(dir, products, Map.of())) {
            recordProducts(harness);
            recordCatalogue(harness);
        }
        Files.copy(Path.of(ExpectedCatalogue.MAPPING), MappingGolden.DIR.resolve("marketsync-mapping.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void recordProducts(SyncHarness harness) throws Exception {
        StoreSettings settings = StoreSettings.from(harness.properties());
        StoreClient store = new StoreClient(settings, new JdkHttpTransport(), JSON);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            StoreProductReader reader = new StoreProductReader(store, executor);
            int language = reader.languageId(settings.language());
            ProductNormaliser normaliser = new ProductNormaliser(language,
                    new ImageUrls("http://shop.example", "large_default", true));
            List<Long> ids = reader.allIds(5000);
            List<Product> read = reader.complete(reader.productRowsById(ids, language), normaliser,
                    reader.catalogue(language), language);
            Map<Long, Map<Long, Integer>> stock = new HashMap<>();
            for (StockLevel level : reader.stockOf(ids)) {
                stock.computeIfAbsent(level.productId(), k -> new HashMap<>())
                        .put(level.combinationId(), level.quantity());
            }
            List<MappingGolden.Item> items = new ArrayList<>();
            for (Product product : read) {
                items.add(new MappingGolden.Item(JSON.writeValueAsString(product),
                        stock.getOrDefault(product.id(), Map.of())));
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(MappingGolden.DIR.resolve("products.json").toFile(),
                    items);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void recordCatalogue(SyncHarness harness) throws Exception {
        MarketSyncSettings settings = MarketSyncSettings.from(harness.properties());
        MarketSyncClient client = new MarketSyncClient(settings, settings.signer(), new JdkHttpTransport(), JSON);
        var mapping = MarketSyncMappingLoader.load(Path.of(ExpectedCatalogue.MAPPING), "");
        Set<Long> categories = new LinkedHashSet<>(mapping.categories().values());
        mapping.defaultCategory().ifPresent(categories::add);
        ObjectNode catalogue = JSON.createObjectNode();
        catalogue.set("categorias", client.get("categorias", Map.of()));
        ObjectNode attributes = catalogue.putObject("atributos");
        for (long category : categories) {
            JsonNode answer = client.get("categorias/atributos/" + category, Map.of());
            attributes.set(String.valueOf(category), answer);
        }
        catalogue.set("colores", client.get("colores", Map.of()));
        catalogue.set("paises", client.get("paises", Map.of()));
        catalogue.set("markets", client.get("markets", Map.of()));
        JSON.writerWithDefaultPrettyPrinter().writeValue(MappingGolden.DIR.resolve("catalogue.json").toFile(),
                catalogue);
    }
}
