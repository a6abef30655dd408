package io.cloudsync.hub.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.params.DateParameter;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.params.QueryParams;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.StockKey;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.mirror.SyncAction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/sync/{products|orders|customers|marketplace-orders}?last_sync=&cursor=&limit=}: the records of one
 * entity that
 * changed, oldest change first, each with its {@code sync_action} ({@code create}, {@code update},
 * {@code delete}), its {@code version} (content hash, what {@code PUT /v1/sync/products} takes back),
 * {@code changed_at} and its canonical fields.
 *
 * <p>Order and continuation. Every change has a number ({@code change_seq}, handed out in commit order) and a
 * time ({@code changed_at}, the hub's clock) that are both unique and increasing per entity, so the feed's order
 * is ({@code changed_at}, {@code change_seq}) and two ways of continuing are exact:
 * <ul>
 *   <li>{@code cursor}: pass the {@code next_cursor} of the last answer; the next page starts right after its
 *       last record. Nothing is lost or repeated, however many records were written at once.</li>
 *   <li>{@code last_sync} only (like the CloudSync client): the records changed at or after that time; pass the
 *       {@code sync_time} of the last answer, verbatim, as the next {@code last_sync}. {@code sync_time} is one
 *       microsecond after the last record sent (or after the last change the hub holds, when the page reached
 *       the end), so the next call starts right after it. Keep asking while {@code has_more} is true.</li>
 * </ul>
 * A change that commits while a page is read gets a later number and time than every record on it, so it comes
 * with the next page either way. A client that takes {@code last_sync} from its own clock instead of
 * {@code sync_time}, or stops while {@code has_more} is true, can miss changes: that is the one way to lose any.
 * With both parameters, {@code cursor} wins. Deleted records come once as {@code delete} with their id only.
 *
 * <p>Products carry each variation's stock ({@code quantity}, {@link FeedStock}). Stock is not part of a product's
 * content or {@code version}, but a stock change touches the product's record, so a product whose stock alone
 * changed comes again as an {@code update} with the same {@code version} and its new quantities.
 */
public final class SyncFeed {

    /** The keys every feed record has besides its entity's fields. */
    public static final Set<String> RECORD_KEYS = Set.of("id", "sync_action", "version", "changed_at");

    public static final Set<String> ENTITIES = Set.of("products", "orders", "customers", "marketplace-orders");
    private static final String PRODUCTS = "products";
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final MirrorRepository mirror;
    private final StockSnapshotRepository stock;
    private final ObjectMapper json = new ObjectMapper();

    /** @param stock the quantities each product's variations carry */
    public SyncFeed(MirrorRepository mirror, StockSnapshotRepository stock) {
        this.mirror = mirror;
        this.stock = stock;
    }

    /**
     * @param lastSync records changed at or after this time (null: from the beginning); ignored with a cursor
     * @param cursor   continue right after this position (null: use lastSync)
     * @param limit    records per page, 1 to {@value #MAX_LIMIT}
     */
    public record Query(Instant lastSync, SyncCursor cursor, int limit) {

        /** From query parameters {@code last_sync} (see {@link SyncFeed#instant}), {@code cursor}, {@code limit}. */
        public static Query from(String entity, Map<String, String> parameters) {
            QueryParams params = QueryParams.of(parameters);
            Optional<String> limit = params.text("limit");
            if (limit.isPresent() && limit.get().matches("\\d{1,9}") && Integer.parseInt(limit.get()) > MAX_LIMIT) {
                throw new InvalidParameterException("limit", "limit must be at most " + MAX_LIMIT + ", got "
                        + limit.get() + " (page with next_cursor to read more)");
            }
            return new Query(params.text("last_sync").map(SyncFeed::instant).orElse(null),
                    params.text("cursor").map(token -> SyncCursor.parse(token, entity)).orElse(null),
                    params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
        }
    }

    /** One record of a page: the canonical fields (snake_case) and what the feed adds. */
    public record Item(String id, SyncAction action, String version, long changeSeq, Instant changedAt,
                       JsonNode fields) {
    }

    /**
     * A page. {@code nextCursor} continues right after it; {@code syncTime} is the {@code last_sync} to send next
     * (null only when the feed is empty and no last_sync was given).
     */
    public record Page(String entity, List<Item> records, boolean hasMore, String nextCursor, Instant syncTime) {

        /**
         * The answer as the API sends it: {@code {"products":[…],"count":…,"has_more":…,"next_cursor":…,
         * "sync_time":…}} (the first key is the entity, snake_case like every key: {@code marketplace_orders}).
         */
        public ObjectNode json() {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            ObjectNode out = nodes.objectNode();
            ArrayNode list = out.putArray(entity.replace('-', '_'));
            for (Item item : records) {
                ObjectNode record = nodes.objectNode();
                record.set("id", item.fields().path("id").isMissingNode() ? idNode(item.id()) : item.fields().get("id"));
                record.put("sync_action", item.action().column());
                record.put("version", item.version());
                record.put("changed_at", item.changedAt().toString());
                if (item.action() != SyncAction.DELETE) {
                    Iterator<Map.Entry<String, JsonNode>> fields = item.fields().fields();
                    while (fields.hasNext()) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        if (!record.has(field.getKey())) {
                            record.set(field.getKey(), field.getValue());
                        }
                    }
                }
                list.add(record);
            }
            out.put("count", records.size());
            out.put("has_more", hasMore);
            out.put("next_cursor", nextCursor);
            if (syncTime == null) {
                out.putNull("sync_time");
            } else {
                out.put("sync_time", syncTime.toString());
            }
            return out;
        }

        private static JsonNode idNode(String id) {
            return id.matches("\\d{1,18}") ? JsonNodeFactory.instance.numberNode(Long.parseLong(id))
                    : JsonNodeFactory.instance.textNode(id);
        }
    }

    /** A page for query parameters as the HTTP layer receives them; {@code entity} is the path segment. */
    public Page page(String entity, Map<String, String> parameters) {
        return page(entity, Query.from(checked(entity), parameters));
    }

    public Page page(String entity, Query query) {
        checked(entity);
        Optional<MirrorRepository.LastChange> last = mirror.lastChange(entity);
        long through = last.map(MirrorRepository.LastChange::changeSeq).orElse(0L);
        long after = query.cursor() == null ? 0 : query.cursor().changeSeq();
        Instant from = query.cursor() == null ? query.lastSync() : null;
        List<MirrorRecord> rows = new ArrayList<>(mirror.feed(entity, after, through, from, query.limit() + 1));
        boolean hasMore = rows.size() > query.limit();
        if (hasMore) {
            MirrorRecord lookahead = rows.get(query.limit());
            rows = new ArrayList<>(rows.subList(0, query.limit()));
            MirrorRecord end = rows.get(rows.size() - 1);
            if (end.changedAt().equals(lookahead.changedAt())) {
                // only records written before migration V11 share a time: never end a page inside such a group,
                // or a client continuing with sync_time would skip the rest of it
                rows.addAll(mirror.changedAt(entity, end.changeSeq(), through, end.changedAt()));
                end = rows.get(rows.size() - 1);
                hasMore = !mirror.feed(entity, end.changeSeq(), through, from, 1).isEmpty();
            }
        }
        Map<StockKey, Integer> quantities = entity.equals(PRODUCTS) ? quantities(rows) : Map.of();
        List<Item> items = rows.stream().map(row -> item(row, quantities)).toList();
        long position;
        Instant syncTime;
        if (hasMore) {
            MirrorRecord end = rows.get(rows.size() - 1);
            position = end.changeSeq();
            syncTime = end.changedAt().plus(1, ChronoUnit.MICROS);
        } else {
            position = Math.max(after, through);
            syncTime = last.map(change -> change.changedAt().plus(1, ChronoUnit.MICROS)).orElse(null);
            if (query.lastSync() != null && (syncTime == null || syncTime.isBefore(query.lastSync()))) {
                syncTime = query.lastSync();
            }
        }
        return new Page(entity, items, hasMore, new SyncCursor(entity, position).token(), syncTime);
    }

    private Item item(MirrorRecord record, Map<StockKey, Integer> quantities) {
        JsonNode fields;
        try {
            fields = FeedFields.snakeCase(json.readTree(record.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(record.entity() + " " + record.storeId() + " has a payload that is not JSON",
                    e);
        }
        if (record.entity().equals(PRODUCTS) && !record.deleted() && record.storeId().matches("\\d{1,18}")) {
            FeedStock.addQuantities(fields, Long.parseLong(record.storeId()), quantities);
        }
        return new Item(record.storeId(), record.deleted() ? SyncAction.DELETE : record.syncAction(),
                record.contentHash(), record.changeSeq(), record.changedAt(), fields);
    }

    /** The stock lines of the page's live products, read once for the page. */
    private Map<StockKey, Integer> quantities(List<MirrorRecord> rows) {
        List<Long> ids = rows.stream().filter(row -> !row.deleted() && row.storeId().matches("\\d{1,18}"))
                .map(row -> Long.parseLong(row.storeId())).toList();
        return ids.isEmpty() ? Map.of() : stock.quantities(ids);
    }

    private static String checked(String entity) {
        if (entity == null || !ENTITIES.contains(entity)) {
            throw new InvalidParameterException("entity", "the sync feed serves customers, orders, products and"
                    + " marketplace-orders, not '"
                    + entity + "'");
        }
        return entity;
    }

    /**
     * {@code last_sync}, in the forms the reports accept ({@link DateParameter}): an ISO date-time with an offset, or
     * without one (UTC), a date (its start, UTC), or a JavaScript {@code Date} string.
     */
    static Instant instant(String text) {
        DateParameter parsed = DateParameter.parse("last_sync", text, "UTC");
        if (parsed.instant() != null) {
            return parsed.instant();
        }
        return parsed.date() != null ? parsed.date().atStartOfDay(ZoneOffset.UTC).toInstant()
                : parsed.local().toInstant(ZoneOffset.UTC);
    }
}
