package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.catalogue.OrderStatuses;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.store.OrderBook;
import io.cloudsync.hub.sandbox.marketsync.store.OrderQuery;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.validation.Checked;
import io.cloudsync.hub.sandbox.marketsync.validation.ItemCheck;
import io.cloudsync.hub.sandbox.marketsync.validation.OrderValidator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/pedidos}: GET lists orders ({@code after}/{@code before} on the order date, {@code afterid}/
 * {@code beforeid}, {@code orders} ids, {@code markets} ids, {@code limit} default 250, {@code offset}); POST creates
 * web-store orders; PUT {@code {referencia, estatus, comentario}} changes their status (a word the order's
 * marketplace knows), adds the comment to the history and moves {@code fecha}. POST and PUT answer the orders as GET
 * shows them.
 */
final class OrdersController implements Controller {

    private final SandboxData data;
    private final OrderBook orders;
    private final OrderValidator validator;

    OrdersController(SandboxData data) {
        this.data = data;
        this.orders = data.orders();
        this.validator = new OrderValidator(data.products(), orders);
    }

    @Override
    public String name() {
        return "pedidos";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && List.of("GET", "POST", "PUT").contains(verb);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return switch (request.verb()) {
            case "GET" -> new ApiResponse(render(orders.query(query(request)), request));
            case "POST" -> new ApiResponse(render(create(request), request));
            default -> new ApiResponse(render(updateStatus(request), request));
        };
    }

    private OrderQuery query(ApiRequest request) {
        Set<Integer> markets = new HashSet<>();
        request.idsParam("markets").forEach(id -> markets.add(id.intValue()));
        return new OrderQuery(dateParam(request, "after"), dateParam(request, "before"),
                request.param("afterid").map(v -> idParam(request, "afterid")).orElse(null),
                request.param("beforeid").map(v -> idParam(request, "beforeid")).orElse(null),
                Set.copyOf(request.idsParam("orders")), markets, request.intParam("offset", 0, Integer.MAX_VALUE),
                request.intParam("limit", 250, 1000), orders.dateFilter());
    }

    private List<Order> create(ApiRequest request) {
        List<JsonNode> items = request.items();
        OrderStatuses webStatuses = data.catalogue().statuses(Order.WEB_MARKET_ID).orElseThrow();
        LocalDateTime now = MexicoCityTime.of(data.clock().instant()).withNano(0);
        // Orders name variations: the product lock keeps them from vanishing while the batch is checked.
        return data.products().exclusively(() -> {
            BatchCheck batch = new BatchCheck(items.size());
            List<Order> valid = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                Checked<Order> item = validator.forCreation(items.get(i), now);
                batch.add(i, item);
                if (item.valid() && !webStatuses.knows(item.value().estatus())) {
                    batch.add(i, item.sku(), "estatus", "'" + item.value().estatus() + "' is not a status of the web "
                            + "store; its statuses: " + String.join(", ", webStatuses.all()));
                    continue;
                }
                if (!seen.add(item.sku()) && !item.sku().equals("?")) {
                    batch.add(i, item.sku(), "referencia", "order " + item.sku() + " appears twice in the batch");
                }
                if (item.valid()) {
                    valid.add(item.value());
                }
            }
            batch.throwIfInvalid();
            List<Order> created = new ArrayList<>();
            for (Order order : valid) {
                Order numbered = order.numbered(orders.newOrderId(), orders::newLineId);
                orders.add(numbered);
                created.add(numbered);
            }
            return created;
        });
    }

    private List<Order> updateStatus(ApiRequest request) {
        List<JsonNode> items = request.items();
        synchronized (orders) {
            BatchCheck batch = new BatchCheck(items.size());
            List<Order> updated = new ArrayList<>();
            LocalDateTime now = MexicoCityTime.of(data.clock().instant()).withNano(0);
            for (int i = 0; i < items.size(); i++) {
                ItemCheck check = new ItemCheck(items.get(i));
                check.refuseUnknown(Set.of("referencia", "estatus", "comentario"),
                        column -> "unknown column (send referencia, estatus and comentario)");
                String referencia = check.text("referencia", 30, true);
                Optional<Order> order = referencia == null ? Optional.empty() : orders.byReferencia(referencia);
                if (referencia != null && order.isEmpty()) {
                    check.violation("referencia", "unknown order " + referencia);
                }
                String estatus = check.text("estatus", 30, true);
                if (order.isPresent() && estatus != null) {
                    refuseUnknownStatus(check, order.get(), estatus);
                }
                String comentario = check.text("comentario", 250, false);
                batch.add(i, referencia, check.violations());
                if (check.valid()) {
                    // Two changes of one order in a batch apply in the order sent.
                    Order current = updated.stream().filter(o -> o.referencia().equals(referencia))
                            .reduce((a, b) -> b).orElse(order.get());
                    updated.add(current.withStatus(new StatusChange(now, estatus,
                            comentario == null ? "" : comentario, StatusChange.API)));
                }
            }
            batch.throwIfInvalid();
            updated.forEach(orders::replace);
            return updated;
        }
    }

    /** The status words are the order's marketplace's own (the pedidos status table), compared exactly. */
    private void refuseUnknownStatus(ItemCheck check, Order order, String estatus) {
        Optional<OrderStatuses> statuses = data.catalogue().statuses(order.marketId());
        if (statuses.isPresent() && !statuses.get().knows(estatus)) {
            check.violation("estatus", "'" + estatus + "' is not a status of " + order.market() + " ["
                    + order.marketId() + "]; its statuses: " + String.join(", ", statuses.get().all()));
        }
    }

    private static LocalDateTime dateParam(ApiRequest request, String name) {
        return request.param(name).map(text -> {
            LocalDateTime parsed = ItemCheck.parseDateTime(text);
            if (parsed == null) {
                throw ApiError.badRequest("Error invalid parameter " + name + ": '" + text
                        + "' is not a date-time YYYY-MM-DDTHH:mm:ss");
            }
            return parsed;
        }).orElse(null);
    }

    private static long idParam(ApiRequest request, String name) {
        List<Long> ids = request.idsParam(name);
        if (ids.size() != 1) {
            throw ApiError.badRequest("Error invalid parameter " + name + ": one order id expected");
        }
        return ids.get(0);
    }

    private ArrayNode render(List<Order> list, ApiRequest request) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        for (Order order : list) {
            answer.add(OrderJson.order(order, orders.guide(order.id()).orElse(null)));
            order.items().forEach(line -> request.touch(line.sku()));
        }
        return answer;
    }
}
