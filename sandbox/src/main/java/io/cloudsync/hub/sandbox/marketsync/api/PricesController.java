package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.validation.ItemCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/precios}: GET lists the prices per marketplace ({@code ids}, {@code skus}); PUT sets
 * {@code {product_id, market_id, precio, oferta}} (taxes included, oferta ≤ precio). A discount over 60 % is
 * accepted; the listing is flagged at risk of rejection in the inspection API.
 */
final class PricesController implements Controller {

    private record PriceChange(long productId, int marketId, long precio, long oferta) {
    }

    private final SandboxData data;
    private final ProductStore store;
    private final ProductJson views;

    PricesController(SandboxData data, ProductJson views) {
        this.data = data;
        this.store = data.products();
        this.views = views;
    }

    @Override
    public String name() {
        return "precios";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && (verb.equals("GET") || verb.equals("PUT"));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (request.verb().equals("GET")) {
            return new ApiResponse(render(ProductLookup.find(request, store, false)));
        }
        List<JsonNode> items = request.items();
        List<Product> changed = store.exclusively(() -> apply(check(request, items)));
        return changed.isEmpty() ? ApiResponse.nothingModified() : new ApiResponse(render(changed));
    }

    private List<PriceChange> check(ApiRequest request, List<JsonNode> items) {
        BatchCheck batch = new BatchCheck(items.size());
        List<PriceChange> changes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemCheck check = new ItemCheck(items.get(i));
            check.refuseUnknown(Set.of("product_id", "market_id", "precio", "oferta"),
                    column -> "unknown column (send product_id, market_id, precio and oferta)");
            Long productId = check.integer("product_id", true, 1);
            Optional<Product> product = productId == null ? Optional.empty() : store.byId(productId);
            if (productId != null && product.isEmpty()) {
                check.violation("product_id", "unknown product " + productId);
            }
            Long marketId = check.integer("market_id", true, 0);
            if (marketId != null && data.catalogue().market(marketId.intValue()).isEmpty()) {
                check.violation("market_id", "invalid/missing field market [" + marketId + "]");
            }
            BigDecimal precio = positive(check, "precio");
            BigDecimal oferta = positive(check, "oferta");
            if (precio != null && oferta != null && oferta.compareTo(precio) > 0) {
                check.violation("oferta", oferta.toPlainString() + " is greater than precio " + precio.toPlainString()
                        + " (the sale price cannot exceed the list price)");
            }
            String sku = product.map(Product::sku).orElse(null);
            request.touch(sku);
            batch.add(i, sku, check.violations());
            if (check.valid()) {
                changes.add(new PriceChange(productId, marketId.intValue(), Money.of(precio), Money.of(oferta)));
            }
        }
        batch.throwIfInvalid();
        return changes;
    }

    private List<Product> apply(List<PriceChange> changes) {
        Instant now = data.clock().instant();
        Map<Long, Product> updated = new LinkedHashMap<>();
        for (PriceChange change : changes) {
            Product product = store.byId(change.productId()).orElseThrow();
            MarketListing listing = product.listing(change.marketId());
            if (listing.precio() != change.precio() || listing.oferta() != change.oferta()) {
                Product next = product.withListing(listing.withPrice(change.precio(), change.oferta()), now);
                store.put(next);
                updated.put(next.id(), next);
            }
        }
        return List.copyOf(updated.values());
    }

    private static BigDecimal positive(ItemCheck check, String column) {
        BigDecimal value = check.decimal(column, true);
        if (value != null && value.signum() <= 0) {
            check.violation(column, "must be greater than 0, got " + value.toPlainString());
            return null;
        }
        if (value != null && value.scale() > 4) {
            check.violation(column, "at most 4 decimals, got " + value.toPlainString());
            return null;
        }
        return value;
    }

    private ArrayNode render(List<Product> products) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        products.forEach(p -> answer.add(views.prices(p)));
        return answer;
    }
}
