package io.cloudsync.hub.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.http.TransportException;
import io.cloudsync.hub.ingest.ProductPages;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.mirror.ContentHash;
import io.cloudsync.hub.store.Lenient;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreException;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.store.StoreStockWriter;
import io.cloudsync.hub.store.StoreXml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code PUT /v1/sync/products} with {@code {"products":[{"id":3,"version":"…","price":12.5,…}]}}: each item is
 * validated ({@link ProductUpdate}), checked against the store and written to it through the Webservice, and
 * answered on its own: {@code updated}, {@code conflict}, {@code invalid}, {@code not_found}, or {@code error}
 * (the store could not be reached or failed: try again). {@code success} is true when every item was updated.
 *
 * <p>Conflicts: an item that carries the {@code version} the sync feed gave it is compared with the product as
 * the store holds it now (its canonical form, hashed the way the mirror hashes it); if the store changed since,
 * nothing is written and the item is a {@code conflict}. Without a version the write is applied as is.
 *
 * <p>Writes: product fields go in one {@code PATCH /api/products/{id}} (PrestaShop 8 and later; a PUT would
 * reset every field it leaves out, and overwrite a concurrent edit of them); stock goes in a {@code PUT
 * /api/stock_availables/{id}} of the whole stock row with its new quantity. The product's new {@code version}
 * is returned for updated items; the sync feed shows the change after the next product poll.
 */
public final class ProductWriteService {

    public static final int MAX_ITEMS = 1000;

    private final StoreClient store;
    private final StoreStockWriter stock;
    private final StoreProductReader reader;
    private final ProductPages pages;
    private final String language;

    public ProductWriteService(StoreClient store, StoreProductReader reader, ProductPages pages, String language) {
        this.store = store;
        this.stock = new StoreStockWriter(store);
        this.reader = reader;
        this.pages = pages;
        this.language = language;
    }

    public enum Status {
        UPDATED, CONFLICT, INVALID, NOT_FOUND, ERROR;

        public String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What happened to one item, in request order; {@code version} is the product's new version once updated;
     * {@code ignored} names the feed's computed fields the item carried (left out of the answer when none).
     */
    public record ItemResult(Long id, String status, String message, String version,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ignored) {

        public ItemResult {
            ignored = ignored == null ? List.of() : List.copyOf(ignored);
        }
    }

    public record Result(boolean success, int updated, List<ItemResult> results) {
    }

    /**
     * Applies a request body.
     *
     * @throws InvalidParameterException ({@code products}) when the body is not {@code {"products":[…]}} or holds
     *                                   more than {@value #MAX_ITEMS} items; ({@code products[i].field}) when a number
     *                                   is out of its field's range: nothing is written then
     */
    public Result write(JsonNode body) {
        JsonNode items = body == null ? null : body.get("products");
        if (items == null || !items.isArray()) {
            throw new InvalidParameterException("products", "the body must be {\"products\":[{\"id\":…, …}]}");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidParameterException("products", "at most " + MAX_ITEMS + " products per request, got "
                    + items.size());
        }
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return write(list);
    }

    public Result write(List<JsonNode> items) {
        ItemResult[] results = new ItemResult[items.size()];
        Map<Integer, ProductUpdate> valid = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                ProductUpdate update = ProductUpdate.parse(items.get(i));
                if (!ids.add(update.id())) {
                    results[i] = result(update.id(), Status.INVALID, "product " + update.id()
                            + " appears more than once in the request", null);
                } else {
                    valid.put(i, update);
                }
            } catch (ProductUpdate.OutOfRange e) {
                throw new InvalidParameterException("products[" + i + "]." + e.field(), e.getMessage());
            } catch (ProductUpdate.Invalid e) {
                results[i] = result(e.id(), Status.INVALID, e.getMessage(), null);
            }
        }
        if (!valid.isEmpty()) {
            try {
                apply(valid, results);
            } catch (StoreException | TransportException e) {
                valid.forEach((i, update) -> {
                    if (results[i] == null) {
                        results[i] = result(update.id(), Status.ERROR, "the store could not be read, nothing was"
                                + " written: " + message(e), null);
                    }
                });
            }
        }
        List<ItemResult> list = List.of(results);
        int updated = (int) list.stream().filter(r -> r.status().equals(Status.UPDATED.column())).count();
        return new Result(updated == list.size(), updated, list);
    }

    private void apply(Map<Integer, ProductUpdate> valid, ItemResult[] results) {
        int languageId = reader.languageId(language);
        List<Long> ids = valid.values().stream().map(ProductUpdate::id).toList();
        Map<Long, JsonNode> rows = byId(reader.productRowsById(ids, languageId));
        boolean versions = valid.values().stream().anyMatch(update -> update.version().isPresent());
        ProductPages.Reading reading = versions ? pages.startReading() : null;
        Map<Long, String> current = versions ? pages.canonical(reading, valid.values().stream()
                .filter(u -> u.version().isPresent() && rows.containsKey(u.id())).map(u -> rows.get(u.id())).toList())
                : Map.of();
        List<Long> written = new ArrayList<>();
        for (Map.Entry<Integer, ProductUpdate> entry : valid.entrySet()) {
            ProductUpdate update = entry.getValue();
            JsonNode row = rows.get(update.id());
            if (row == null) {
                results[entry.getKey()] = result(update.id(), Status.NOT_FOUND, "the store has no product "
                        + update.id(), null);
                continue;
            }
            if (update.version().isPresent()) {
                String now = ContentHash.of(current.get(update.id()));
                if (!now.equals(update.version().get())) {
                    results[entry.getKey()] = result(update.id(), Status.CONFLICT, "product " + update.id()
                            + " changed in the store since version " + update.version().get() + "; nothing was"
                            + " written: read it again from the sync feed and resend", now);
                    continue;
                }
            }
            results[entry.getKey()] = applyOne(update, row, languageId);
            if (results[entry.getKey()].status().equals(Status.UPDATED.column())) {
                written.add(update.id());
            }
        }
        if (reading != null && !written.isEmpty()) {
            Map<Long, String> after = pages.canonical(reading, reader.productRowsById(written, languageId));
            for (int i = 0; i < results.length; i++) {
                ItemResult done = results[i];
                if (done != null && done.status().equals(Status.UPDATED.column()) && after.containsKey(done.id())) {
                    results[i] = new ItemResult(done.id(), done.status(), done.message(),
                            ContentHash.of(after.get(done.id())), done.ignored());
                }
            }
        }
    }

    /** Writes one product's fields, then its stock; says what was done or why not. */
    private ItemResult applyOne(ProductUpdate update, JsonNode row, int languageId) {
        long id = update.id();
        List<Long> combinations = Lenient.ids(row.path("associations"), "combinations");
        if (update.quantity().isPresent()) {
            if (update.combinationId() == 0 && !combinations.isEmpty()) {
                return result(id, Status.INVALID, "product " + id + " has combinations " + combinations
                        + ": give combination_id with quantity", null);
            }
            if (update.combinationId() != 0 && !combinations.contains(update.combinationId())) {
                return result(id, Status.INVALID, "product " + id + " has no combination " + update.combinationId(),
                        null);
            }
        }
        List<String> done = new ArrayList<>();
        try {
            if (!update.productFields().isEmpty() || !update.languageFields().isEmpty()) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("id", Long.toString(id));
                fields.putAll(update.productFields());
                store.write("PATCH", "products/" + id, StoreXml.entity("product", fields, update.languageFields(),
                        languageId), Map.of());
                List<String> names = new ArrayList<>(update.productFields().keySet());
                names.addAll(update.languageFields().keySet());
                done.add(String.join(", ", names));
            }
            if (update.quantity().isPresent()) {
                stock.write(id, update.combinationId(), update.quantity().get());
                done.add("quantity " + update.quantity().get()
                        + (update.combinationId() == 0 ? "" : " of combination " + update.combinationId()));
            }
            String ignored = update.ignored().isEmpty() ? "" : "; ignored, as the store computes them: "
                    + String.join(", ", update.ignored());
            return new ItemResult(id, Status.UPDATED.column(), "written: " + String.join("; ", done) + ignored, null,
                    update.ignored());
        } catch (StoreException e) {
            String already = done.isEmpty() ? "" : " (already written: " + String.join("; ", done) + ")";
            if (e.status() == 404) {
                return result(id, Status.NOT_FOUND, "the store has no product " + id + already, null);
            }
            if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                return result(id, Status.INVALID, "the store refused it: " + e.detail() + already, null);
            }
            return result(id, Status.ERROR, message(e) + already + "; try again", null);
        } catch (TransportException e) {
            String already = done.isEmpty() ? "" : " (already written: " + String.join("; ", done) + ")";
            return result(id, Status.ERROR, message(e) + already + "; try again", null);
        }
    }

    private static Map<Long, JsonNode> byId(List<JsonNode> rows) {
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(Lenient.integer(row.path("id"), -1), row));
        return byId;
    }

    private static ItemResult result(Long id, Status status, String message, String version) {
        return new ItemResult(id, status.column(), message, version, List.of());
    }

    private static String message(RuntimeException e) {
        return e instanceof StoreException store ? store.getMessage() : String.valueOf(e.getMessage());
    }
}
