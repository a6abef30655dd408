package io.cloudsync.hub.storeorders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.outbox.ChangeSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bean {@code marketplaceOrderSink} ({@code routes/store-marketplace-orders.camel.yaml}): brings each marketplace
 * order of a change set into the store through {@link StoreOrderWriter}, reading the order from the mirror. An order
 * the catalogue or the store refuses becomes a dead letter of sink {@value #SINK} with every reason, keyed by its
 * MarketSync id, replayable with {@code dlq replay}; the other orders go on. A failure worth retrying (the store
 * down, a timeout) fails the whole change set, which the route's error handling retries: the ledger makes every
 * order already done a no-op.
 */
public final class MarketplaceOrderSink {

    public static final String SINK = "store-orders";
    /** Where a replayed letter goes: the hand-off route of marketplace-order change sets. */
    public static final String REPLAY_URI = "direct://store-marketplace-orders";
    static final String ROUTE_ID = "store-marketplace-orders-create";

    private final MirrorRepository mirror;
    private final StoreOrderWriter writer;
    private final DeadLetterRepository deadLetters;
    private final ObjectMapper json;
    private final Function<JsonNode, IncomingOrder> reader;

    public MarketplaceOrderSink(MirrorRepository mirror, StoreOrderWriter writer, DeadLetterRepository deadLetters,
                                ObjectMapper json) {
        this(mirror, writer, deadLetters, json, IncomingOrderJson::read);
    }

    /** @param reader turns a mirrored order's payload into an {@link IncomingOrder} */
    public MarketplaceOrderSink(MirrorRepository mirror, StoreOrderWriter writer, DeadLetterRepository deadLetters,
                                ObjectMapper json, Function<JsonNode, IncomingOrder> reader) {
        this.mirror = mirror;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.json = json;
        this.reader = reader;
    }

    /** The change set a route hands over, or one a replayed dead letter carries as JSON. */
    public ChangeSet changeSet(Object body) throws JsonProcessingException {
        if (body instanceof ChangeSet set) {
            return set;
        }
        String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
        JsonNode node = json.readTree(text);
        List<String> ids = new ArrayList<>();
        node.path("storeIds").forEach(id -> ids.add(id.asText()));
        if (ids.isEmpty() || node.path("entity").asText("").isEmpty()) {
            throw new IllegalArgumentException("not a change set: expected {\"entity\":…,\"storeIds\":[…]}");
        }
        return new ChangeSet(0, node.path("entity").asText(), ids);
    }

    /**
     * Handles every order of the set; returns a one-line summary for the log. The stock cut-off learns of every
     * readable order of the set first, so that an order the store cannot take now is still known as sold.
     */
    public String deliver(ChangeSet set) {
        Map<String, MirrorRecord> records = mirror.find(set.entity(), set.storeIds());
        Map<String, IncomingOrder> orders = new LinkedHashMap<>();
        for (String storeId : set.storeIds()) {
            MirrorRecord record = records.get(storeId);
            orders.put(storeId, record == null ? null : read(record));
        }
        writer.seen(orders.values().stream().filter(Objects::nonNull).toList());
        Map<ImportOutcome.Kind, Integer> counts = new EnumMap<>(ImportOutcome.Kind.class);
        List<String> settled = new ArrayList<>();
        for (String storeId : set.storeIds()) {
            IncomingOrder order = orders.get(storeId);
            ImportOutcome outcome;
            if (records.get(storeId) == null) {
                outcome = ImportOutcome.dead(0, List.of("marketplace order " + storeId + " is not in the mirror"));
            } else {
                outcome = order == null
                        ? ImportOutcome.dead(0, List.of("the mirrored marketplace order " + storeId + " is unreadable"))
                        : writer.handle(order);
            }
            counts.merge(outcome.kind(), 1, Integer::sum);
            if (outcome.kind() == ImportOutcome.Kind.DEAD) {
                deadLetter(set.entity(), storeId, outcome.reasons());
            } else {
                settled.add(key(storeId));
            }
        }
        deadLetters.resolve(SINK, settled);
        return set.storeIds().size() + " marketplace orders: " + counts;
    }

    private IncomingOrder read(MirrorRecord record) {
        try {
            return reader.apply(json.readTree(record.payload()));
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private void deadLetter(String entity, String storeId, List<String> reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", entity);
        body.put("storeIds", List.of(storeId));
        try {
            deadLetters.record(new DeadLetterFailure(ROUTE_ID, SINK, key(storeId), REPLAY_URI, "store:orders",
                    json.writeValueAsString(body), Map.of("HubSink", SINK), StoreOrderRefusedException.class.getName(),
                    "marketplace order " + storeId + ": " + String.join("; ", reasons), 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dead letter body cannot be written", e);
        }
    }

    static String key(String storeId) {
        return "marketplace-order " + storeId;
    }
}
