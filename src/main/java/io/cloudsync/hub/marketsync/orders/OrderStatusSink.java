package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import io.cloudsync.hub.marketsync.mapping.OrderStatusWords;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.store.OrderCarrier;
import io.cloudsync.hub.store.OrderCarriers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bean {@code marketSyncOrderStatus} ({@code routes/marketsync-order-status.camel.yaml}): tells a marketplace
 * what became of the store order the hub imported from it. For each change the store order reached (shipped,
 * delivered, cancelled: {@link OrderStatusChange#reached}) and the hub has not dealt with yet, it sends the word
 * the order's market knows ({@link OrderStatusWords}) with {@code PUT pedidos}, once: the change is claimed in
 * {@link StatusBackLedger} before the call and settled after it; a claim left by a crash or a failed call is
 * checked against the order's {@code estatus} in MarketSync before anything is sent again. A refusal fails the
 * call with MarketSync's text, which the route's error handling dead-letters.
 */
public final class OrderStatusSink {

    /** The sink's name in dead letters. */
    public static final String SINK = "marketsync-order-status";

    private final MirrorRepository mirror;
    private final ImportedOrders imports;
    private final StatusBackLedger ledger;
    private final OrderStatusWords words;
    private final MarketSyncClient marketSync;
    private final OrderCarriers carriers;
    private final ObjectMapper json;

    public OrderStatusSink(MirrorRepository mirror, ImportedOrders imports, StatusBackLedger ledger,
                           OrderStatusWords words, MarketSyncClient marketSync, OrderCarriers carriers,
                           ObjectMapper json) {
        this.mirror = mirror;
        this.imports = imports;
        this.ledger = ledger;
        this.words = words;
        this.marketSync = marketSync;
        this.carriers = carriers;
        this.json = json;
    }

    /**
     * The store orders of a change set that the hub imported from a marketplace (their store ids). A replayed dead
     * letter arrives as text: a change set's JSON, or one store order id.
     */
    public List<String> importedOrders(Object body) {
        List<Long> ids = new ArrayList<>();
        for (String id : storeIds(body)) {
            try {
                ids.add(Long.parseLong(id.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + id + "' is not a store order id");
            }
        }
        return imports.byStoreOrders(ids).keySet().stream().map(String::valueOf).toList();
    }

    /** Sends what the marketplace has not been told about that store order yet; says what it did. */
    public String deliver(String storeOrderId) {
        long id = Long.parseLong(storeOrderId.trim());
        ImportedOrder imported = imports.byStoreOrders(List.of(id)).get(id);
        Optional<MirrorRecord> record = mirror.find(Order.ENTITY, Long.toString(id)).filter(r -> !r.deleted());
        if (imported == null || record.isEmpty()) {
            return "store order " + id + ": not an imported marketplace order";
        }
        Order order = order(record.get());
        Map<OrderStatusChange, SentStatus> done = ledger.of(imported.marketSyncOrderId());
        List<String> told = new ArrayList<>();
        for (OrderStatusChange change : OrderStatusChange.reached(order.state(), carriers.deliveredState())) {
            SentStatus previous = done.get(change);
            if (previous != null && previous.settled()) {
                continue;
            }
            Optional<String> word = words.word(imported.marketId(), change);
            if (word.isEmpty()) {
                ledger.nothingToSend(imported.marketSyncOrderId(), change);
                continue;
            }
            if (previous == null) {
                ledger.claim(imported.marketSyncOrderId(), change, word.get());
            } else if (marketSyncShows(imported, word.get())) {
                ledger.settle(imported.marketSyncOrderId(), change);
                continue;
            }
            Optional<OrderCarrier> carrier = change == OrderStatusChange.SHIPPED ? carriers.of(id) : Optional.empty();
            marketSync.updateOrderStatus(imported.referencia(), word.get(),
                    StatusComment.of(change, order.reference(), carrier));
            ledger.settle(imported.marketSyncOrderId(), change);
            told.add(word.get());
        }
        return "store order " + id + " (" + imported.referencia() + ", market " + imported.marketId() + "): "
                + (told.isEmpty() ? "nothing to send" : "sent " + String.join(", ", told));
    }

    /** Whether MarketSync already shows that word for the order: a claimed call that did go through. */
    private boolean marketSyncShows(ImportedOrder imported, String word) {
        for (JsonNode order : marketSync.orders(List.of(imported.marketSyncOrderId()))) {
            if (order.path("id").asLong(-1) == imported.marketSyncOrderId()
                    || imported.referencia().equals(order.path("referencia").asText())) {
                return word.equals(order.path("estatus").asText());
            }
        }
        return false;
    }

    private Order order(MirrorRecord record) {
        try {
            return json.readValue(record.payload(), Order.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("store order " + record.storeId() + " in the mirror is not readable: "
                    + e.getOriginalMessage());
        }
    }

    private List<String> storeIds(Object body) {
        if (body instanceof ChangeSet changes) {
            return Order.ENTITY.equals(changes.entity()) ? changes.storeIds() : List.of();
        }
        String text = body == null ? "" : body.toString().trim();
        if (!text.startsWith("{")) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        try {
            JsonNode node = json.readTree(text);
            if (!Order.ENTITY.equals(node.path("entity").asText())) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            node.path("storeIds").forEach(storeId -> ids.add(storeId.asText()));
            return ids;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a change set of orders: " + e.getOriginalMessage());
        }
    }
}
