package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.ProductNormaliser;
import io.cloudsync.hub.store.StoreCatalogue;
import io.cloudsync.hub.store.StoreProductReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import io.cloudsync.hub.mirror.StockLevel;

/**
 * Turns a page of store product rows into mirror records: combinations and computed prices read for the whole
 * page, canonical products written to the mirror with the change set queued in the same transaction, and the
 * page's stock lines diffed into the snapshot (their changes queued for the stock flow).
 */
public final class ProductPages {

    private final StoreProductReader reader;
    private final MirrorRepository mirror;
    private final StockSnapshotRepository stock;
    private final ImageUrls imageUrls;
    private final String language;
    private final ObjectMapper json;

    public ProductPages(StoreProductReader reader, MirrorRepository mirror, StockSnapshotRepository stock,
                        ImageUrls imageUrls, String language, ObjectMapper json) {
        this.reader = reader;
        this.mirror = mirror;
        this.stock = stock;
        this.imageUrls = imageUrls;
        this.language = language;
        this.json = json;
    }

    /**
     * What one run reads once: the language id and the names products refer to. The names (categories, features,
     * options) are read with the first page that has products: a poll in which nothing changed asks for none.
     */
    public record Reading(int languageId, Supplier<StoreCatalogue> names, ProductNormaliser normaliser) {

        public StoreCatalogue catalogue() {
            return names.get();
        }
    }

    public Reading startReading() {
        int languageId = reader.languageId(language);
        return new Reading(languageId, once(() -> reader.catalogue(languageId)),
                new ProductNormaliser(languageId, imageUrls));
    }

    /** The value read at the first call, by one thread (the read-ahead may ask at the same time), kept after. */
    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    /** A page read from the store and not yet written: its canonical products and their stock lines. */
    public record PageRead(List<Product> products, List<StockLevel> levels) {
    }

    /** Reads what a page of rows needs from the store (combinations with prices, stock); writes nothing. */
    public PageRead read(Reading reading, List<JsonNode> rows) {
        if (rows.isEmpty()) {
            return new PageRead(List.of(), List.of());
        }
        List<Product> products = reader.complete(rows, reading.normaliser(), reading.catalogue(),
                reading.languageId());
        return new PageRead(products, reader.stockOf(products.stream().map(Product::id).toList()));
    }

    /**
     * Writes the rows to the mirror for {@code flow}; with {@code queueAll} every product is queued for the
     * sinks, otherwise only those whose content changed.
     */
    public ChangeSet write(String flow, Reading reading, List<JsonNode> rows, boolean queueAll) {
        return write(flow, read(reading, rows), queueAll);
    }

    /** Writes a page already read (see {@link #read}) to the mirror, queueing its changes in the same transaction. */
    public ChangeSet write(String flow, PageRead page, boolean queueAll) {
        if (page.products().isEmpty()) {
            return new ChangeSet(0, ProductIngest.ENTITY, List.of());
        }
        List<Product> products = page.products();
        List<StockLevel> levels = page.levels();
        List<MirrorUpsert> upserts = new ArrayList<>(products.size());
        for (Product product : products) {
            upserts.add(MirrorUpsert.of(Long.toString(product.id()), product.reference(), canonical(product)));
        }
        // The page's stock is written in the same transaction: the products just queued are planned with their
        // stock, only the others need the stock flow, and the sync feed never serves a product without its stock.
        if (queueAll) {
            Set<String> all = Set.copyOf(upserts.stream().map(MirrorUpsert::storeId).toList());
            return mirror.writePageQueueingAll(flow, ProductIngest.ENTITY, upserts,
                    stock.alongside(levels, StockIngest.FLOW, all));
        }
        return mirror.writePage(flow, ProductIngest.ENTITY, upserts, List.of(),
                stock.alongside(levels, StockIngest.FLOW, Set.of()));
    }

    /** Those of the given products the mirror holds. */
    public List<Long> mirrored(List<Long> productIds) {
        var records = mirror.find(ProductIngest.ENTITY, productIds.stream().map(String::valueOf).toList());
        return productIds.stream().filter(id -> records.containsKey(Long.toString(id))).toList();
    }

    /**
     * The canonical JSON of full product rows, by product id, exactly as the mirror would hold it (so its
     * {@link io.cloudsync.hub.mirror.ContentHash} is the version the sync API shows); nothing is written.
     */
    public java.util.Map<Long, String> canonical(Reading reading, List<JsonNode> rows) {
        java.util.Map<Long, String> payloads = new java.util.LinkedHashMap<>();
        if (rows.isEmpty()) {
            return payloads;
        }
        for (Product product : reader.complete(rows, reading.normaliser(), reading.catalogue(), reading.languageId())) {
            payloads.put(product.id(), canonical(product));
        }
        return payloads;
    }

    private String canonical(Product product) {
        try {
            return json.writeValueAsString(product);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("product " + product.id() + " cannot be written as JSON", e);
        }
    }
}
