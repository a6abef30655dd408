package io.cloudsync.hub.storeorders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the store product and combination of a seller SKU in the mirror, the way the MarketSync mapping made the
 * SKUs: a product without combinations is its reference; a combination is its own reference, or
 * {@code <product reference>-<combination id>} when it has none. Only live (not deleted) products count.
 */
public final class MirrorCatalogue {

    private final MirrorRepository mirror;
    private final DataSource dataSource;
    private final ObjectMapper json;

    public MirrorCatalogue(MirrorRepository mirror, DataSource dataSource, ObjectMapper json) {
        this.mirror = mirror;
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<StoreVariant> find(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        for (Product product : products(mirror.findBySku("products", sku))) {
            if (!product.hasCombinations()) {
                return Optional.of(new StoreVariant(product.id(), 0));
            }
            Optional<StoreVariant> own = byReference(product, sku);
            if (own.isPresent()) {
                return own;
            }
        }
        int dash = sku.lastIndexOf('-');
        if (dash > 0 && sku.substring(dash + 1).matches("\\d{1,18}")) {
            long combinationId = Long.parseLong(sku.substring(dash + 1));
            for (Product product : products(mirror.findBySku("products", sku.substring(0, dash)))) {
                Optional<Variation> variation = product.variations().stream()
                        .filter(v -> v.combinationId() == combinationId && v.reference().isEmpty()).findFirst();
                if (variation.isPresent()) {
                    return Optional.of(new StoreVariant(product.id(), combinationId));
                }
            }
        }
        for (Product product : products(withReferenceInPayload(sku))) {
            Optional<StoreVariant> combination = byReference(product, sku);
            if (combination.isPresent()) {
                return combination;
            }
        }
        return Optional.empty();
    }

    private static Optional<StoreVariant> byReference(Product product, String sku) {
        return product.variations().stream().filter(v -> v.combinationId() != 0 && v.reference().equals(sku))
                .findFirst().map(v -> new StoreVariant(product.id(), v.combinationId()));
    }

    /** Combination references live only inside the product's payload: a text search, then the exact check above. */
    private List<MirrorRecord> withReferenceInPayload(String sku) {
        String fragment;
        try {
            fragment = "\"reference\":" + json.writeValueAsString(sku);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        String pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> ids = Jdbc.read(dataSource, "finding a combination reference in the mirror", connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT store_id FROM mirror_record"
                    + " WHERE entity = 'products' AND deleted = FALSE AND payload LIKE ? ESCAPE '\\' ORDER BY store_id")) {
                select.setString(1, pattern);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
        return new ArrayList<>(mirror.find("products", ids).values());
    }

    private List<Product> products(List<MirrorRecord> records) {
        List<Product> products = new ArrayList<>();
        for (MirrorRecord record : records) {
            if (record.deleted()) {
                continue;
            }
            try {
                products.add(json.readValue(record.payload(), Product.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the mirror holds an unreadable product " + record.storeId(), e);
            }
        }
        return products;
    }
}
