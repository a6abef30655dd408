package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads MarketSync's orders ({@code GET pedidos}) a page at a time, signed like every MarketSync call. */
public class MarketplaceOrderReader {

    static final String CONTROLLER = "pedidos";
    private static final DateTimeFormatter AFTER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /**
     * A page of orders, and MarketSync's clock when it answered ({@code null} when its envelope had no readable
     * {@code timestamp}): an order MarketSync had registered and listed by then is on this page or an earlier one.
     */
    public record OrderPage(List<JsonNode> orders, LocalDateTime answeredAt) {

        public OrderPage {
            orders = List.copyOf(orders);
        }
    }

    private final MarketSyncClient client;

    public MarketplaceOrderReader(MarketSyncClient client) {
        this.client = client;
    }

    /**
     * Up to {@code limit} orders from MarketSync order id {@code afterId} on ({@code afterid}; whether MarketSync
     * includes that id itself does not matter: the caller keeps only higher ids).
     */
    public OrderPage fromId(long afterId, int limit) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("afterid", Long.toString(afterId));
        params.put("limit", Integer.toString(limit));
        return page(client.getAnswered(CONTROLLER, params));
    }

    /** Up to {@code limit} orders placed at or after {@code after} (Mexico City time), skipping {@code offset}. */
    public OrderPage placedSince(LocalDateTime after, int offset, int limit) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("after", after.format(AFTER));
        params.put("limit", Integer.toString(limit));
        params.put("offset", Integer.toString(offset));
        return page(client.getAnswered(CONTROLLER, params));
    }

    private static OrderPage page(MarketSyncClient.Answered answered) {
        return new OrderPage(orders(answered.answer()), answered.timestamp() == null ? null
                : MarketplaceOrderNormaliser.dateTime(TextNode.valueOf(answered.timestamp())));
    }

    /**
     * The answer's orders: a list; a lone order as an object; any other object (a message such as
     * {@code {"result": "No data"}}) means none. Anything else is not an answer MarketSync gives.
     */
    private static List<JsonNode> orders(JsonNode answer) {
        List<JsonNode> orders = new ArrayList<>();
        if (answer.isArray()) {
            answer.forEach(orders::add);
        } else if (answer.isObject()) {
            if (answer.has("id")) {
                orders.add(answer);
            }
        } else {
            throw new MarketSyncException(0, "MarketSync's pedidos answer is not a list of orders: "
                    + answer.getNodeType());
        }
        return orders;
    }
}
