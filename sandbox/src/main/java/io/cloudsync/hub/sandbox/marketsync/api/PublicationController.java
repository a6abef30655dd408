package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.validation.ItemCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code PUT /api/productos/{publicar|agotar|suspender|parcial|fulfillment}} with items {@code {product_id,
 * market_id}}: sets the product's state on that marketplace; {@code publicar} also publishes it at once (the
 * marketplace must be enabled for the seller). Answers {@code [{market_id, id, market, accion}]} for what changed.
 */
final class PublicationController implements Controller {

    private record Action(Product product, Market market) {
    }

    private final SandboxData data;
    private final ProductStore store;

    PublicationController(SandboxData data) {
        this.data = data;
        this.store = data.products();
    }

    @Override
    public String name() {
        return "productos";
    }

    @Override
    public boolean supports(String verb, String section) {
        return verb.equals("PUT") && PublicationState.ofAction(section).isPresent();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        PublicationState state = PublicationState.ofAction(request.section()).orElseThrow();
        List<JsonNode> items = request.items();
        ArrayNode answer = store.exclusively(() -> {
            List<Action> actions = check(request, items, state);
            ArrayNode changed = JsonNodeFactory.instance.arrayNode();
            for (Action action : actions) {
                Product product = store.byId(action.product().id()).orElseThrow();
                int marketId = action.market().id();
                if (data.publisher().setState(product, marketId, state) == product) {
                    continue;
                }
                ObjectNode entry = changed.addObject();
                entry.put("market_id", Integer.toString(marketId));
                entry.put("id", Long.toString(product.id() * 10 + marketId));
                entry.put("market", action.market().market());
                entry.put("accion", state.action());
            }
            return changed;
        });
        return answer.isEmpty() ? ApiResponse.nothingModified() : new ApiResponse(answer);
    }

    private List<Action> check(ApiRequest request, List<JsonNode> items, PublicationState state) {
        BatchCheck batch = new BatchCheck(items.size());
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemCheck check = new ItemCheck(items.get(i));
            check.refuseUnknown(Set.of("product_id", "market_id"), column -> "unknown column (send product_id and "
                    + "market_id)");
            Long productId = check.integer("product_id", true, 1);
            Product product = productId == null ? null : store.byId(productId).orElse(null);
            if (productId != null && product == null) {
                check.violation("product_id", "unknown product " + productId);
            }
            Long marketId = check.integer("market_id", true, 0);
            Market market = marketId == null ? null : data.catalogue().market(marketId.intValue()).orElse(null);
            if (marketId != null && market == null) {
                check.violation("market_id", "invalid/missing field market [" + marketId + "]");
            }
            if (market != null && state == PublicationState.PUBLICAR && !data.sellerMarkets().enabled(market.id())) {
                check.violation("market_id", "market " + market.market() + " [" + market.id() + "] is disabled for "
                        + "this seller: enable it with POST markets");
            }
            String sku = product == null ? null : product.sku();
            request.touch(sku);
            batch.add(i, sku, check.violations());
            if (check.valid()) {
                actions.add(new Action(product, market));
            }
        }
        batch.throwIfInvalid();
        return actions;
    }
}
