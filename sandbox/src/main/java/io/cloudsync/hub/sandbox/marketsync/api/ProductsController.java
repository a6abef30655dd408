package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Attribute;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumns;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.validation.Checked;
import io.cloudsync.hub.sandbox.marketsync.validation.ProductValidator;
import io.cloudsync.hub.sandbox.marketsync.validation.ProductValidator.NewProduct;
import io.cloudsync.hub.sandbox.marketsync.validation.ProductValidator.ProductChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /api/productos}: GET lists, POST creates (answers the created products, ids included), PUT changes the
 * updatable columns an item carries (answers the changed products), DELETE removes products never published.
 * A SKU already held is refused, unless the sandbox is set to accept duplicates as a lax API would.
 */
final class ProductsController implements Controller {

    private final SandboxData data;
    private final ProductStore store;
    private final ProductValidator validator;
    private final ProductJson views;

    ProductsController(SandboxData data, ProductJson views) {
        this.data = data;
        this.store = data.products();
        this.validator = new ProductValidator(data.catalogue());
        this.views = views;
    }

    @Override
    public String name() {
        return "productos";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && List.of("GET", "POST", "PUT", "DELETE").contains(verb);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return switch (request.verb()) {
            case "GET" -> new ApiResponse(render(ProductLookup.find(request, store, true)));
            case "POST" -> new ApiResponse(render(create(request)));
            case "PUT" -> update(request);
            default -> delete(request);
        };
    }

    private List<Product> create(ApiRequest request) {
        List<JsonNode> items = request.items();
        return store.exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<Checked<NewProduct>> checked = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Checked<NewProduct> item = validator.forCreation(items.get(i));
                checked.add(item);
                batch.add(i, item);
                String sku = item.value() == null ? null : item.value().columns().get(ProductColumn.SKU);
                request.touch(item.sku().equals("?") ? null : item.sku());
                if (sku != null && !store.acceptsDuplicateSkus()) {
                    Optional<Product> existing = store.bySku(sku);
                    if (existing.isPresent()) {
                        batch.add(i, sku, "sku", "SKU " + sku + " already exists (product id "
                                + existing.get().id() + "); a parent SKU is unique and is created once");
                    }
                    Integer first = seen.putIfAbsent(sku, i);
                    if (first != null) {
                        batch.add(i, sku, "sku", "SKU " + sku + " appears twice in the batch (items " + first
                                + " and " + i + ")");
                    }
                }
            }
            batch.throwIfInvalid();
            Instant now = data.clock().instant();
            List<Product> created = new ArrayList<>();
            for (Checked<NewProduct> item : checked) {
                NewProduct fresh = item.value();
                Product product = Product.created(store.newProductId(), fresh.columns(), fresh.atributos(), now);
                store.put(product);
                data.publisher().created(product);
                created.add(store.byId(product.id()).orElseThrow());
            }
            return created;
        });
    }

    private ApiResponse update(ApiRequest request) {
        List<JsonNode> items = request.items();
        List<Product> changed = store.exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<ProductChange> changes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Product current = ProductLookup.of(items.get(i), store).orElse(null);
                Checked<ProductChange> item = validator.forUpdate(items.get(i), current);
                request.touch(current == null ? null : current.sku());
                batch.add(i, item);
                changes.add(item.value());
            }
            batch.throwIfInvalid();
            Instant now = data.clock().instant();
            Map<Long, Product> updated = new LinkedHashMap<>();
            for (ProductChange change : changes) {
                Product product = store.byId(change.productId()).orElseThrow();
                ProductColumns columns = product.columns().with(change.columns());
                List<Attribute> atributos = change.atributos() == null ? product.atributos() : change.atributos();
                if (!columns.equals(product.columns()) || !atributos.equals(product.atributos())) {
                    Product next = product.withColumns(columns, atributos, now);
                    store.put(next);
                    updated.put(next.id(), next);
                }
            }
            return List.copyOf(updated.values());
        });
        return changed.isEmpty() ? ApiResponse.nothingModified() : new ApiResponse(render(changed));
    }

    private ApiResponse delete(ApiRequest request) {
        List<JsonNode> items = request.items();
        store.exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<Product> doomed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Optional<Product> product = ProductLookup.of(items.get(i), store);
                if (product.isEmpty()) {
                    batch.add(i, "?", "product_id", "unknown product " + items.get(i).path("product_id"));
                    continue;
                }
                Product p = product.get();
                request.touch(p.sku());
                if (p.everPublished()) {
                    batch.add(i, p.sku(), "product_id", "product " + p.id() + " (sku " + p.sku()
                            + ") was published on " + publishedOn(p) + "; a published product cannot be deleted: "
                            + "sell it out with productos/agotar instead");
                }
                doomed.add(p);
            }
            batch.throwIfInvalid();
            doomed.forEach(store::remove);
            return null;
        });
        return ApiResponse.result("Item(s) removed.");
    }

    private String publishedOn(Product product) {
        return product.markets().stream().filter(MarketListing::published)
                .map(l -> data.catalogue().market(l.marketId()).map(Market::market).orElse("?"))
                .collect(Collectors.joining(", "));
    }

    private ArrayNode render(List<Product> products) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        products.forEach(p -> answer.add(views.product(p)));
        return answer;
    }
}
