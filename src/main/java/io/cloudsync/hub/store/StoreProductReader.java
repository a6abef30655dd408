package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.mirror.StockLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads products the way a real store has to be read: a fixed {@code date_upd} window sorted by date then id
 * and paged with {@code limit=offset,count} (a bare {@code offset} is ignored by PrestaShop), computed prices
 * asked from the store, the combinations and stock of a page read for all its products at once (id lists
 * split so that URLs stay short), in one language ({@code language=N} collapses multi-language fields).
 */
public final class StoreProductReader implements WindowIds {

    /** Ids per {@code filter[id_product]=[a|b|…]}: keeps request lines well under web servers' 8 KB limit. */
    static final int IDS_PER_REQUEST = 250;

    private final StoreClient client;
    private final Executor executor;
    /** The product id lists (of a window, of the whole store): the same as any dated resource's. */
    private final DatedResourceReader productIds;

    public StoreProductReader(StoreClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
        this.productIds = new DatedResourceReader(client, executor, "products", "[id]");
    }

    /** The language id of an ISO code; ids differ per shop. */
    public int languageId(String isoCode) {
        return client.languages().stream().filter(l -> l.isoCode().equalsIgnoreCase(isoCode)).findFirst()
                .map(StoreLanguage::id)
                .orElseThrow(() -> new StoreException(0, "the shop has no language '" + isoCode + "'"));
    }

    /** Rows {@code offset..offset+count-1} of the window, sorted by date and id. */
    public List<JsonNode> productRows(IngestWindow window, int offset, int count, int languageId) {
        Map<String, String> params = productParams(languageId);
        params.put("filter[date_upd]", DatedResourceReader.interval(window));
        params.put("date", "1");
        params.put("sort", "[date_upd_ASC,id_ASC]");
        params.put("limit", offset + "," + count);
        return Lenient.rows(client.get("products", params), "products");
    }

    /** The id of the product at {@code offset} of the window (same order as {@link #productRows}), if any. */
    @Override
    public java.util.Optional<Long> idAt(IngestWindow window, int offset) {
        return productIds.idAt(window, offset);
    }

    /** The ids of every product in the window (a cheap {@code display=[id]} list). */
    @Override
    public List<Long> idsInWindow(IngestWindow window, int pageSize) {
        return productIds.idsInWindow(window, pageSize);
    }

    /** Every product id of the store: what a reconcile pass compares with the mirror. */
    public List<Long> allIds(int pageSize) {
        return productIds.allIds(pageSize);
    }

    /** Full rows of the given products (those that still exist), read in parallel chunks. */
    public List<JsonNode> productRowsById(Collection<Long> ids, int languageId) {
        return inChunks(ids, chunk -> {
            Map<String, String> params = productParams(languageId);
            params.put("filter[id]", orList(chunk));
            return Lenient.rows(client.get("products", params), "products");
        });
    }

    /** The canonical products of full rows: their combinations read with computed prices, then normalised. */
    public List<Product> complete(List<JsonNode> rows, ProductNormaliser normaliser, StoreCatalogue catalogue,
                                  int languageId) {
        List<Long> ids = Lenient.rowIds(rows);
        Map<Long, List<JsonNode>> combinations = new HashMap<>();
        for (JsonNode combination : combinationRows(ids, languageId)) {
            combinations.computeIfAbsent(Lenient.integer(combination.path("id_product"), -1), k -> new ArrayList<>())
                    .add(combination);
        }
        List<Product> products = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            long id = Lenient.integer(row.path("id"), -1);
            products.add(normaliser.normalise(row, combinations.getOrDefault(id, List.of()), catalogue));
        }
        return products;
    }

    /** Stock lines of the given products (the product line and one per combination). */
    public List<StockLevel> stockOf(Collection<Long> productIds) {
        return inChunks(productIds, chunk -> Lenient.rows(client.get("stock_availables", Map.of(
                "display", "[id,id_product,id_product_attribute,quantity]",
                "filter[id_product]", orList(chunk))), "stock_availables"))
                .stream().map(StoreProductReader::stockLevel).toList();
    }

    /** One page of every stock line of the store, in id order. */
    public List<StockLevel> stockPage(int offset, int count) {
        return stockLevels(stockRows(offset, count));
    }

    /** One page of every stock line of the store as rows ({@code id}, product, combination, quantity), in id order. */
    public List<JsonNode> stockRows(int offset, int count) {
        return stockRows(stockPageBytes(offset, count));
    }

    /** The same page as the store wrote it (UTF-8), unparsed: the stock poll fingerprints it before it reads it. */
    public byte[] stockPageBytes(int offset, int count) {
        return client.getBytes("stock_availables", Map.of(
                "display", "[id,id_product,id_product_attribute,quantity]",
                "sort", "[id_ASC]", "limit", offset + "," + count));
    }

    /**
     * The same page with each line's id and quantity only, a third of the text: the stock poll finds the product and
     * combination of a line it knows in its snapshot ({@link #stockRowsById} reads the others whole).
     */
    public byte[] stockQuantityPageBytes(int offset, int count) {
        return client.getBytes("stock_availables", Map.of("display", "[id,quantity]",
                "sort", "[id_ASC]", "limit", offset + "," + count));
    }

    /** The rows of a page ({@link #stockPageBytes}, {@link #stockQuantityPageBytes}). */
    public List<JsonNode> stockRows(byte[] page) {
        return Lenient.rows(client.json("stock_availables", page), "stock_availables");
    }

    /** The id of the stock line at {@code offset} (same order as {@link #stockRows}), if there is one. */
    public java.util.Optional<Long> stockIdAt(int offset) {
        return Lenient.rows(client.get("stock_availables", Map.of("display", "[id]", "sort", "[id_ASC]",
                        "limit", offset + ",1")), "stock_availables").stream()
                .map(row -> Lenient.integer(row.path("id"), -1)).findFirst();
    }

    /** The stock lines with these ids (those that still exist), as rows. */
    public List<JsonNode> stockRowsById(Collection<Long> ids) {
        return inChunks(ids, chunk -> Lenient.rows(client.get("stock_availables", Map.of(
                "display", "[id,id_product,id_product_attribute,quantity]",
                "filter[id]", orList(chunk))), "stock_availables"));
    }

    /** The quantities of stock line rows. */
    public static List<StockLevel> stockLevels(List<JsonNode> rows) {
        return rows.stream().map(StoreProductReader::stockLevel).toList();
    }

    /** The names products refer to by id, in one language. */
    public StoreCatalogue catalogue(int languageId) {
        String language = Integer.toString(languageId);
        Map<Long, StoreCatalogue.OptionGroup> groups = new LinkedHashMap<>();
        for (JsonNode row : list("product_options", "[id,is_color_group,group_type,name,public_name]", language)) {
            long id = Lenient.integer(row.path("id"), -1);
            String publicName = Lenient.text(row.path("public_name"), languageId);
            boolean colour = Lenient.bool(row.path("is_color_group"))
                    || "color".equalsIgnoreCase(row.path("group_type").asText(""));
            groups.put(id, new StoreCatalogue.OptionGroup(id,
                    publicName.isBlank() ? Lenient.text(row.path("name"), languageId) : publicName, colour));
        }
        Map<Long, StoreCatalogue.OptionValue> values = new LinkedHashMap<>();
        for (JsonNode row : list("product_option_values", "[id,id_attribute_group,name]", language)) {
            long id = Lenient.integer(row.path("id"), -1);
            values.put(id, new StoreCatalogue.OptionValue(id, Lenient.integer(row.path("id_attribute_group"), -1),
                    Lenient.text(row.path("name"), languageId)));
        }
        return new StoreCatalogue(groups, values,
                names("categories", "[id,name]", "name", language, languageId),
                names("product_features", "[id,name]", "name", language, languageId),
                names("product_feature_values", "[id,value]", "value", language, languageId));
    }

    private List<JsonNode> combinationRows(List<Long> productIds, int languageId) {
        return inChunks(productIds, chunk -> {
            Map<String, String> params = priceParams();
            params.put("display", "full");
            params.put("language", Integer.toString(languageId));
            params.put("filter[id_product]", orList(chunk));
            return Lenient.rows(client.get("combinations", params), "combinations");
        });
    }

    private Map<String, String> productParams(int languageId) {
        Map<String, String> params = priceParams();
        params.put("display", "full");
        params.put("language", Integer.toString(languageId));
        return params;
    }

    /** PrestaShop adds a field per alias: the price it would charge, with tax, without and with specific prices. */
    private static Map<String, String> priceParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("price[" + ProductNormaliser.LIST_PRICE + "][use_tax]", "1");
        params.put("price[" + ProductNormaliser.LIST_PRICE + "][use_reduction]", "0");
        params.put("price[" + ProductNormaliser.FINAL_PRICE + "][use_tax]", "1");
        params.put("price[" + ProductNormaliser.FINAL_PRICE + "][use_reduction]", "1");
        return params;
    }

    private List<JsonNode> list(String resource, String display, String language) {
        return Lenient.rows(client.get(resource, Map.of("display", display, "language", language)), resource);
    }

    private Map<Long, String> names(String resource, String display, String field, String language, int languageId) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (JsonNode row : list(resource, display, language)) {
            names.put(Lenient.integer(row.path("id"), -1), Lenient.text(row.path(field), languageId));
        }
        return names;
    }

    /** Runs one request per chunk of ids, in parallel, and concatenates the rows in chunk order. */
    private <T> List<T> inChunks(Collection<Long> ids, Function<List<Long>, List<T>> request) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return List.of();
        }
        List<CompletableFuture<List<T>>> futures = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_REQUEST) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_REQUEST));
            futures.add(CompletableFuture.supplyAsync(() -> request.apply(chunk), executor));
        }
        try {
            return futures.stream().flatMap(future -> future.join().stream()).collect(Collectors.toList());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static String orList(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining("|", "[", "]"));
    }

    private static StockLevel stockLevel(JsonNode row) {
        return new StockLevel(Lenient.integer(row.path("id_product"), -1),
                Lenient.integer(row.path("id_product_attribute"), 0),
                (int) Lenient.integer(row.path("quantity"), 0), Lenient.integer(row.path("id"), 0));
    }
}
