package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Guide;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.store.OrderBook;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.store.ShippingLabels;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/guias}: GET {@code orders=1080,1079} lists the guides those orders have (every guide, id order, when
 * no {@code orders}); POST {@code orders=1080} (one order at a time) asks the order's marketplace for its label and
 * stores it ({@link ShippingLabels}). Both answer {@code [{id, pedido_id, guia, mensajeria, estatus, fecha,
 * label}]}.
 */
final class GuidesController implements Controller {

    private final SandboxData data;
    private final OrderBook orders;
    private final ShippingLabels labels;

    GuidesController(SandboxData data) {
        this.data = data;
        this.orders = data.orders();
        this.labels = new ShippingLabels(orders, data.clock());
    }

    @Override
    public String name() {
        return "guias";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && (verb.equals("GET") || verb.equals("POST"));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<Long> ids = request.idsParam("orders");
        if (request.verb().equals("GET")) {
            List<Guide> guides = ids.isEmpty() ? orders.guides()
                    : ids.stream().map(orders::guide).flatMap(Optional::stream).toList();
            return new ApiResponse(render(guides, request));
        }
        if (ids.size() != 1) {
            throw ApiError.badRequest("Error send one order id in orders: a label is made for one order at a time, got "
                    + ids.size());
        }
        Order order = orders.byId(ids.get(0))
                .orElseThrow(() -> ApiError.badRequest("Error unknown order " + ids.get(0)));
        Market market = data.catalogue().market(order.marketId()).orElseThrow(() -> ApiError.badRequest(
                "Error order " + order.id() + " is a web store order: no marketplace makes its label"));
        return new ApiResponse(render(List.of(labels.request(order, market)), request));
    }

    private ArrayNode render(List<Guide> guides, ApiRequest request) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        for (Guide guide : guides) {
            answer.add(OrderJson.guide(guide));
            orders.byId(guide.orderId()).ifPresent(o -> o.items().forEach(line -> request.touch(line.sku())));
        }
        return answer;
    }
}
