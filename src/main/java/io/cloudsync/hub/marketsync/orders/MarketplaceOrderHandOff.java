package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default sink of {@code hub.sinks.marketplace-orders} for now (routes/store-marketplace-orders.camel.yaml):
 * it records which orders were handed over, with the content hash of the version handed over, and says so in one
 * line for the log. Creating the orders in the store replaces it (issue 10, item 2).
 */
public final class MarketplaceOrderHandOff {

    private static final int NAMED_IN_LOG = 5;

    private final MirrorRepository mirror;
    private final ObjectMapper json;
    private final Map<String, String> handedOver = new ConcurrentHashMap<>();

    public MarketplaceOrderHandOff(MirrorRepository mirror, ObjectMapper json) {
        this.mirror = mirror;
        this.json = json;
    }

    /** The change set of a message: as the poll hands it, or as JSON (a replayed dead letter). */
    public ChangeSet changeSet(Object body) throws JsonProcessingException {
        if (body instanceof ChangeSet set) {
            return set;
        }
        String text = body instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(body);
        List<String> ids = new ArrayList<>();
        json.readTree(text).path("storeIds").forEach(id -> ids.add(id.asText()));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("not a change set of marketplace orders: expected {\"storeIds\":[…]}");
        }
        return new ChangeSet(0, MarketplaceOrder.ENTITY, ids);
    }

    /** Records the orders of a change set as handed over; returns the line to log. */
    public String receive(ChangeSet set) {
        Map<String, MirrorRecord> records = mirror.find(set.entity(), set.storeIds());
        List<String> named = new ArrayList<>();
        for (String id : set.storeIds()) {
            MirrorRecord record = records.get(id);
            if (record == null) {
                continue;
            }
            handedOver.put(id, record.contentHash());
            if (named.size() < NAMED_IN_LOG) {
                named.add(describe(record));
            }
        }
        int more = set.size() - named.size();
        return "marketplace orders handed to the store: " + set.size() + " (" + String.join(", ", named)
                + (more > 0 ? ", and " + more + " more" : "") + ")";
    }

    /** The orders handed over so far, by MarketSync order id, with the content hash of the version handed over. */
    public Map<String, String> handedOver() {
        return Map.copyOf(handedOver);
    }

    /** Whether every given order was handed over in its current mirrored version. */
    public boolean handedOverAsMirrored(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        Map<String, MirrorRecord> records = mirror.find(MarketplaceOrder.ENTITY, wanted);
        return records.size() == wanted.size() && records.values().stream()
                .allMatch(record -> record.contentHash().equals(handedOver.get(record.storeId())));
    }

    private String describe(MirrorRecord record) {
        try {
            MarketplaceOrder order = json.readValue(record.payload(), MarketplaceOrder.class);
            return order.market() + " " + order.reference() + " " + order.status().word();
        } catch (JsonProcessingException e) {
            return "#" + record.storeId();
        }
    }
}
