package io.cloudsync.hub.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of one entity that changed together (a page of the store, a stock poll page, a reconcile pass) and
 * still have to reach the sinks. {@code id} is the outbox row that keeps them until every sink is done; the
 * sinks read the records' current state from the mirror, so a set delivered late never sends stale data.
 */
public record ChangeSet(long id, String entity, List<String> storeIds) {

    public ChangeSet {
        storeIds = List.copyOf(storeIds);
    }

    public boolean isEmpty() {
        return storeIds.isEmpty();
    }

    /**
     * What an idempotent consumer keys on: the same outbox row is the same change set. A set that never was in
     * the outbox (a replayed dead letter) is always new.
     */
    public String key() {
        return id > 0 ? entity + ":" + id : entity + ":once:" + java.util.UUID.randomUUID();
    }

    public int size() {
        return storeIds.size();
    }

    /** The set cut into sets of at most {@code size} records, in order, each with this set's id and entity. */
    public List<ChangeSet> slices(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a slice holds at least one record");
        }
        if (storeIds.size() <= size) {
            return List.of(this);
        }
        List<ChangeSet> slices = new ArrayList<>();
        for (int from = 0; from < storeIds.size(); from += size) {
            slices.add(new ChangeSet(id, entity, storeIds.subList(from, Math.min(from + size, storeIds.size()))));
        }
        return slices;
    }

    /**
     * The change set a message carries: as a flow hands it, or as the JSON a replayed dead letter holds
     * ({@code {"entity":…,"storeIds":[…]}}; without an entity, {@code defaultEntity}, when there is one).
     */
    public static ChangeSet of(Object body, ObjectMapper json, String defaultEntity) throws JsonProcessingException {
        if (body instanceof ChangeSet set) {
            return set;
        }
        String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
        JsonNode node = json.readTree(text);
        List<String> ids = new ArrayList<>();
        node.path("storeIds").forEach(id -> ids.add(id.asText()));
        String entity = node.path("entity").asText("");
        if (ids.isEmpty() || (entity.isEmpty() && defaultEntity == null)) {
            throw new IllegalArgumentException("not a change set: expected {\"entity\":…,\"storeIds\":[…]}");
        }
        return new ChangeSet(0, entity.isEmpty() ? defaultEntity : entity, ids);
    }
}
