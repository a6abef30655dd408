package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.validation.ItemCheck;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/stock}: GET lists the stock of the variations per product ({@code ids}, {@code skus} of parents);
 * PUT sets {@code {product_id, seller_sku, stock}} and answers the changed products' stock; POST
 * {@code {update_stock}} sets the cut-off date after which orders are deducted from the stock ({@code teorico}).
 */
final class StockController implements Controller {

    private record StockChange(long productId, String sellerSku, int stock) {
    }

    private final SandboxData data;
    private final ProductStore store;
    private final ProductJson views;

    StockController(SandboxData data, ProductJson views) {
        this.data = data;
        this.store = data.products();
        this.views = views;
    }

    @Override
    public String name() {
        return "stock";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && List.of("GET", "PUT", "POST").contains(verb);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return switch (request.verb()) {
            case "GET" -> new ApiResponse(render(ProductLookup.find(request, store, false)));
            case "PUT" -> update(request);
            default -> cutoff(request);
        };
    }

    private ApiResponse update(ApiRequest request) {
        List<JsonNode> items = request.items();
        List<Product> changed = store.exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<StockChange> changes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ItemCheck check = new ItemCheck(items.get(i));
                check.refuseUnknown(Set.of("product_id", "seller_sku", "stock"),
                        column -> "unknown column (send product_id, seller_sku and stock)");
                Long productId = check.integer("product_id", true, 1);
                Optional<Product> product = productId == null ? Optional.empty() : store.byId(productId);
                if (productId != null && product.isEmpty()) {
                    check.violation("product_id", "unknown product " + productId);
                }
                String sellerSku = check.text("seller_sku", 20, true);
                request.touch(sellerSku);
                if (product.isPresent() && sellerSku != null && product.get().variation(sellerSku).isEmpty()) {
                    check.violation("seller_sku", "product " + productId + " has no variation " + sellerSku);
                }
                Long stock = check.integer("stock", true, 0);
                if (stock != null && stock > Integer.MAX_VALUE) {
                    check.violation("stock", "too large: " + stock);
                }
                batch.add(i, sellerSku, check.violations());
                if (check.valid()) {
                    changes.add(new StockChange(productId, sellerSku, stock.intValue()));
                }
            }
            batch.throwIfInvalid();
            Instant now = data.clock().instant();
            Map<Long, Product> updated = new LinkedHashMap<>();
            for (StockChange change : changes) {
                Product product = store.byId(change.productId()).orElseThrow();
                Variation variation = product.variation(change.sellerSku()).orElseThrow();
                if (variation.stock() != change.stock()) {
                    Product next = product.withVariation(variation.withStock(change.stock()), now);
                    store.put(next);
                    updated.put(next.id(), next);
                }
            }
            return List.copyOf(updated.values());
        });
        return changed.isEmpty() ? ApiResponse.nothingModified() : new ApiResponse(render(changed));
    }

    private ApiResponse cutoff(ApiRequest request) {
        ItemCheck check = new ItemCheck(request.object());
        LocalDateTime cutoff = check.dateTime("update_stock", true);
        if (!check.valid()) {
            throw ApiError.badRequest("Error invalid/missing field " + check.violations().get(0));
        }
        data.orders().setStockCutoff(cutoff);
        return ApiResponse.result("Date-Stock updated to  " + MexicoCityTime.shown(cutoff));
    }

    private ArrayNode render(List<Product> products) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        products.forEach(p -> answer.add(views.stock(p)));
        return answer;
    }
}
