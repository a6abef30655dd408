package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Category;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.validation.Checked;
import io.cloudsync.hub.sandbox.marketsync.validation.ItemCheck;
import io.cloudsync.hub.sandbox.marketsync.validation.VariationValidator;
import io.cloudsync.hub.sandbox.marketsync.validation.VariationValidator.VariationInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/variacion}: POST creates variations (a category with {@code permite_variacion} 0 takes one per
 * product), PUT changes the columns an item carries, DELETE removes variations of products never published. POST
 * and PUT answer the variations as GET productos shows them. There is no GET: variations come with the product.
 */
final class VariationsController implements Controller {

    private final SandboxData data;
    private final ProductStore store;
    private final VariationValidator validator;
    private final ProductJson views;

    VariationsController(SandboxData data, ProductJson views) {
        this.data = data;
        this.store = data.products();
        this.validator = new VariationValidator(data.catalogue(), store);
        this.views = views;
    }

    @Override
    public String name() {
        return "variacion";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && List.of("POST", "PUT", "DELETE").contains(verb);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<JsonNode> items = request.items();
        return switch (request.verb()) {
            case "POST" -> save(request, items, true);
            case "PUT" -> save(request, items, false);
            default -> delete(request, items);
        };
    }

    private ApiResponse save(ApiRequest request, List<JsonNode> items, boolean creating) {
        ArrayNode answer = store.exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<VariationInput> inputs = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            Map<Long, Integer> addedPerProduct = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Checked<VariationInput> item = creating ? validator.forCreation(items.get(i))
                        : validator.forUpdate(items.get(i));
                request.touch(item.sku().equals("?") ? null : item.sku());
                batch.add(i, item);
                Integer first = seen.putIfAbsent(item.sku(), i);
                if (first != null && !item.sku().equals("?")) {
                    batch.add(i, item.sku(), "sku", "seller SKU " + item.sku() + " appears twice in the batch (items "
                            + first + " and " + i + ")");
                }
                Product product = item.value() == null ? null : item.value().product();
                if (creating && product != null) {
                    int count = product.variations().size() + addedPerProduct.merge(product.id(), 1, Integer::sum);
                    int index = i;
                    variationsAllowed(product, count).ifPresent(reason -> batch.add(index, item.sku(), "product_id",
                            reason));
                }
                inputs.add(item.value());
            }
            batch.throwIfInvalid();
            Instant now = data.clock().instant();
            ArrayNode saved = JsonNodeFactory.instance.arrayNode();
            for (VariationInput input : inputs) {
                Product product = store.byId(input.product().id()).orElseThrow();
                Variation variation = creating ? withId(input.variation(), store.newVariationId()) : input.variation();
                if (!creating && product.variation(variation.sku()).orElseThrow().equals(variation)) {
                    continue;
                }
                Product next = product.withVariation(variation, now);
                store.put(next);
                saved.add(views.variation(next, variation));
            }
            return saved;
        });
        return answer.isEmpty() ? ApiResponse.nothingModified() : new ApiResponse(answer);
    }

    private ApiResponse delete(ApiRequest request, List<JsonNode> items) {
        store.exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<VariationInput> doomed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ItemCheck check = new ItemCheck(items.get(i));
                check.refuseUnknown(Set.of("product_id", "sku"), column -> "unknown column (send product_id and sku)");
                Product product = validator.product(check);
                String sku = check.text("sku", 18, true);
                request.touch(sku);
                Optional<Variation> variation = product == null || sku == null ? Optional.empty()
                        : product.variation(sku);
                if (product != null && sku != null && variation.isEmpty()) {
                    check.violation("sku", "product " + product.id() + " has no variation " + sku);
                }
                if (product != null && product.everPublished()) {
                    check.violation("product_id", "product " + product.id() + " (sku " + product.sku() + ") was "
                            + "published; variations of a published product cannot be deleted");
                }
                batch.add(i, sku, check.violations());
                variation.ifPresent(v -> doomed.add(new VariationInput(product, v)));
            }
            batch.throwIfInvalid();
            Instant now = data.clock().instant();
            for (VariationInput gone : doomed) {
                Product product = store.byId(gone.product().id()).orElseThrow();
                List<Variation> kept = new ArrayList<>(product.variations());
                kept.removeIf(v -> v.sku().equals(gone.variation().sku()));
                store.put(product.withVariations(kept, now));
            }
            return null;
        });
        return ApiResponse.result("Item(s) removed.");
    }

    /** Why a product cannot have {@code count} variations, if it cannot. */
    private Optional<String> variationsAllowed(Product product, int count) {
        Optional<Category> category = data.catalogue().category(product.categoryId());
        if (count <= 1 || category.map(Category::permiteVariacion).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of("category " + category.get().id() + " (" + category.get().categoria() + ") does not "
                + "allow variations (permite_variacion 0): product " + product.id() + " takes one variation only");
    }

    private static Variation withId(Variation v, long id) {
        return new Variation(id, v.sku(), v.stock(), v.color(), v.base(), v.talla(), v.gtin(), v.video(), v.images(),
                v.bullets(), v.atributos());
    }
}
