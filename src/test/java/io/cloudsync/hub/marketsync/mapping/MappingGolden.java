package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.mirror.ContentHash;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pinned sample of the sandbox shop (products with their stock, MarketSync's catalogue answers and the mapping
 * file, as recorded by {@code MappingGoldenRecorder}) and what the mapping made of it: per product the hashes of
 * its aspects' canonical JSON (what the sink ledger stores), of its validation and of its diff against the
 * previous product's aspects. {@code outputs.txt} holds these lines as the code computed them when recorded.
 */
public final class MappingGolden {

    public static final Path DIR = Path.of("src/test/resources/marketsync/golden");
    static final Path PRODUCTS = DIR.resolve("products.json");
    static final Path CATALOGUE = DIR.resolve("catalogue.json");
    static final Path MAPPING = DIR.resolve("marketsync-mapping.yaml");
    static final Path OUTPUTS = DIR.resolve("outputs.txt");
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    /** One store product as the mirror holds it (canonical JSON) and its stock per combination. */
    public record Item(String payload, Map<Long, Integer> stock) {
    }

    public record Input(MarketSyncMapping mapping, MarketSyncCatalogue catalogue, List<Item> items) {

        public List<Product> products() {
            return items.stream().map(item -> parse(item.payload())).toList();
        }
    }

    private MappingGolden() {
    }

    public static Input load() {
        try {
            JsonNode catalogue = JSON.readTree(CATALOGUE.toFile());
            Map<Long, JsonNode> attributes = new LinkedHashMap<>();
            catalogue.path("atributos").fields().forEachRemaining(e -> attributes.put(Long.parseLong(e.getKey()),
                    e.getValue()));
            List<Item> items = JSON.readValue(PRODUCTS.toFile(), new TypeReference<List<Item>>() { });
            return new Input(MarketSyncMappingLoader.load(MAPPING, ""), MarketSyncCatalogue.fromAnswers(
                    catalogue.get("categorias"), attributes, catalogue.get("colores"), catalogue.get("paises"),
                    catalogue.get("markets")), items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Product parse(String payload) {
        try {
            return JSON.readValue(payload, Product.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per product: what the mapper, the validator, the aspects and the diff made of it. */
    public static List<String> outputs(Input input) {
        MarketSyncMapper mapper = new MarketSyncMapper(input.mapping(), input.catalogue());
        MarketSyncValidator validator = new MarketSyncValidator(input.catalogue());
        List<String> lines = new ArrayList<>();
        ProductAspects previous = null;
        for (Item item : input.items()) {
            MappedProduct mapped = mapper.map(parse(item.payload()), item.stock());
            ProductAspects aspects = ProductAspects.of(mapped);
            String validation = validator.validate(mapped).describe();
            AcceptedProduct before = previous == null ? AcceptedProduct.none() : accepted(previous);
            ProductDiff diff = ProductDiff.between(before, mapped);
            boolean unchangedAgainstItself = ProductDiff.between(accepted(aspects), mapped).isEmpty();
            lines.add(mapped.storeProductId() + " " + mapped.sku()
                    + " product=" + aspects.product().hash()
                    + " variations=" + hashes(aspects.variations())
                    + " stock=" + hashes(aspects.stock())
                    + " prices=" + hashes(aspects.prices())
                    + " cuts=" + ContentHash.of(mapped.cuts().toString())
                    + " validation=" + ContentHash.of(validation)
                    + " diff=" + ContentHash.of(diff.toString())
                    + " self=" + (unchangedAgainstItself ? "empty" : "CHANGED"));
            previous = aspects;
        }
        return lines;
    }

    /** What the ledger gives back for aspects it stored. */
    public static AcceptedProduct accepted(ProductAspects aspects) {
        return AcceptedProduct.fromAspects(aspects.product().json(), jsons(aspects.variations()),
                jsons(aspects.stock()), jsons(aspects.prices()));
    }

    private static List<String> jsons(Map<?, ProductAspects.Aspect> aspects) {
        return aspects.values().stream().map(ProductAspects.Aspect::json).toList();
    }

    private static String hashes(Map<?, ProductAspects.Aspect> aspects) {
        return aspects.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().hash())
                .collect(Collectors.joining(","));
    }

    static List<String> recordedOutputs() {
        try {
            return Files.readAllLines(OUTPUTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
