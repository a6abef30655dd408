package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The seller's products. Reads are lock-free (products are immutable values in concurrent maps); every change
 * runs inside {@link #exclusively}, so a batch is validated against, and applied to, one consistent catalogue and
 * no other batch interleaves with it.
 */
public final class ProductStore {

    static final long FIRST_PRODUCT_ID = 1_000_001;
    static final long FIRST_VARIATION_ID = 5_000_001;

    private final ConcurrentSkipListMap<Long, Product> byId = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Long> idBySku = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> productIdByVariationSku = new ConcurrentHashMap<>();
    private final AtomicLong nextProductId = new AtomicLong(FIRST_PRODUCT_ID);
    private final AtomicLong nextVariationId = new AtomicLong(FIRST_VARIATION_ID);
    private final ReentrantLock writes = new ReentrantLock();
    /** A lax MarketSync: a product posted with a SKU already held is created under its own id. */
    private volatile boolean acceptDuplicateSkus;

    public <T> T exclusively(Supplier<T> work) {
        writes.lock();
        try {
            return work.get();
        } finally {
            writes.unlock();
        }
    }

    public Optional<Product> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean acceptsDuplicateSkus() {
        return acceptDuplicateSkus;
    }

    public void acceptDuplicateSkus(boolean accept) {
        acceptDuplicateSkus = accept;
    }

    /** SKUs held by more than one product (only a store that accepts duplicates has any), with their ids. */
    public Map<String, List<Long>> duplicateSkus() {
        Map<String, List<Long>> ids = new TreeMap<>();
        byId.values().forEach(p -> ids.computeIfAbsent(p.sku(), k -> new ArrayList<>()).add(p.id()));
        ids.values().removeIf(list -> list.size() < 2);
        return ids;
    }

    /** The product of a SKU; with duplicates, the first one created. */
    public Optional<Product> bySku(String sku) {
        Long id = idBySku.get(sku);
        return id == null ? Optional.empty() : byId(id);
    }

    /** The product that owns a variation (seller SKU). */
    public Optional<Product> ofVariation(String variationSku) {
        Long id = productIdByVariationSku.get(variationSku);
        return id == null ? Optional.empty() : byId(id);
    }

    /** Every product in id order (a live view: weakly consistent while others write). */
    public Collection<Product> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public int variationCount() {
        return productIdByVariationSku.size();
    }

    public long newProductId() {
        requireLock();
        return nextProductId.getAndIncrement();
    }

    public long newVariationId() {
        requireLock();
        return nextVariationId.getAndIncrement();
    }

    /** Inserts or replaces a product, keeping the SKU and variation indexes in step. */
    public void put(Product product) {
        requireLock();
        // Index first, unindex only what is gone: lock-free readers never miss a variation that stays.
        for (Variation variation : product.variations()) {
            productIdByVariationSku.put(variation.sku(), product.id());
        }
        // with duplicates accepted, the SKU keeps pointing at the first product created under it
        idBySku.merge(product.sku(), product.id(), (held, id) -> byId.containsKey(held) ? held : id);
        Product previous = byId.put(product.id(), product);
        if (previous != null) {
            previous.variations().stream().filter(v -> product.variation(v.sku()).isEmpty())
                    .forEach(v -> productIdByVariationSku.remove(v.sku()));
        }
    }

    public void remove(Product product) {
        requireLock();
        byId.remove(product.id());
        if (idBySku.remove(product.sku(), product.id())) {
            byId.values().stream().filter(p -> p.sku().equals(product.sku())).findFirst()
                    .ifPresent(p -> idBySku.put(p.sku(), p.id()));
        }
        product.variations().forEach(v -> productIdByVariationSku.remove(v.sku()));
    }

    public void clear() {
        requireLock();
        byId.clear();
        idBySku.clear();
        productIdByVariationSku.clear();
        nextProductId.set(FIRST_PRODUCT_ID);
        nextVariationId.set(FIRST_VARIATION_ID);
    }

    private void requireLock() {
        if (!writes.isHeldByCurrentThread()) {
            throw new IllegalStateException("product store changed outside exclusively()");
        }
    }
}
