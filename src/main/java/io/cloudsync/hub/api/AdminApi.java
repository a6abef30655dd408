package io.cloudsync.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.config.Durations;
import io.cloudsync.hub.ingest.Resync;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Admin API's dead-letter and resync operations ({@code routes/api-admin.camel.yaml}), on the same
 * repositories as the {@code dlq} and {@code resync} commands. Parameters arrive as the caller sent them; a
 * malformed one is a 400 that names it.
 */
public final class AdminApi {

    static final int MAX_LIMIT = 1000;

    private final DeadLetterRepository deadLetters;
    private final Resync resync;
    private final KeyRing keys;
    private final ObjectMapper json;
    private final Clock clock;

    public AdminApi(DeadLetterRepository deadLetters, Resync resync, KeyRing keys, ObjectMapper json, Clock clock) {
        this.deadLetters = deadLetters;
        this.resync = resync;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    public record DeadLetterList(List<DeadLetterSummary> deadLetters, int count) {
    }

    public record Queued(List<Long> queued, int count) {
    }

    public record Discarded(long id, String status) {
    }

    /** {@code GET /v1/admin/dead-letters}: newest failure first; {@code status} defaults to pending. */
    public DeadLetterList list(String sink, String route, String status, String olderThan, String newerThan,
                               String limit) {
        DeadLetterQuery query = DeadLetterQuery.any().withSink(blankToNull(sink)).withRouteId(blankToNull(route))
                .withLimit(limit(limit));
        String wanted = blankToNull(status) == null ? "pending" : status.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals("all")) {
            query = query.withStatus(status(wanted));
        }
        Instant now = clock.instant();
        if (blankToNull(olderThan) != null) {
            query = query.failedBefore(now.minus(age("older_than", olderThan)));
        }
        if (blankToNull(newerThan) != null) {
            query = query.failedAfter(now.minus(age("newer_than", newerThan)));
        }
        List<DeadLetterSummary> letters = deadLetters.list(query);
        return new DeadLetterList(letters, letters.size());
    }

    /** {@code GET /v1/admin/dead-letters/{id}}: the letter whole (stored with secrets already removed). */
    public DeadLetter show(String id) {
        long letter = id(id);
        return deadLetters.find(letter).orElseThrow(() -> ApiException.notFound("no dead letter " + letter));
    }

    /** {@code POST /v1/admin/dead-letters/{id}/replay}: queued for the hub's replay route. */
    public Queued replay(String id) {
        long letter = id(id);
        DeadLetter found = show(id);
        List<Long> queued = deadLetters.requestReplay(List.of(letter));
        if (queued.isEmpty()) {
            throw new ApiException(409, "conflict", "dead letter " + letter + " is " + found.status().column()
                    + "; only pending or replayed letters can be replayed");
        }
        return new Queued(queued, queued.size());
    }

    /** {@code POST /v1/admin/dead-letters/replay}: every pending letter, or those of {@code {"sink": …}}. */
    public Map<String, Object> replayAll(String body) {
        JsonNode request = object(body);
        String sink = text(request, "sink");
        int queued = deadLetters.requestReplayAll(sink);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sink", sink);
        answer.put("count", queued);
        return answer;
    }

    /** {@code POST /v1/admin/dead-letters/{id}/discard}: kept for the record, never replayed. */
    public Discarded discard(String id) {
        long letter = id(id);
        if (!deadLetters.markDiscarded(letter)) {
            throw ApiException.notFound("no dead letter " + letter);
        }
        return new Discarded(letter, DeadLetterStatus.DISCARDED.column());
    }

    /** {@code POST /v1/admin/resync}: {@code {"entity": "products"|"stock"|"orders"|"customers"|"all"}} (default all). */
    public Resync.Result resync(String body) {
        String entity = text(object(body), "entity");
        Resync.Target target;
        try {
            target = entity == null ? Resync.Target.ALL : Resync.Target.valueOf(entity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("entity", "entity must be products, stock, orders, customers or all");
        }
        return resync.request(target);
    }

    /** {@code POST /v1/admin/keys/rotate}: a new key signs; the old one verifies until its tokens expire. */
    public KeyRing.Status rotateKeys() {
        keys.rotate();
        return keys.status();
    }

    private JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode tree = json.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ApiException.badRequest("the request body must be a JSON object");
            }
            return tree;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw ApiException.invalidParameter(field, field + " must be a non-empty string");
        }
        return value.textValue().trim();
    }

    private static long id(String text) {
        try {
            // Long.parseLong refuses what does not fit (2^63, 2^64+1): nothing wraps to another letter's id
            long id = Long.parseLong(text == null ? "" : text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter("id", "id must be a dead letter's id, a whole number from 1 to "
                + Long.MAX_VALUE);
    }

    private static int limit(String text) {
        if (blankToNull(text) == null) {
            return DeadLetterQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static DeadLetterStatus status(String text) {
        try {
            return DeadLetterStatus.fromColumn(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("status", "status must be pending, replay_requested, replayed, discarded, resolved"
                    + " or all");
        }
    }

    private static Duration age(String parameter, String text) {
        try {
            Duration age = Durations.parse(text.trim());
            if (!age.isNegative()) {
                return age;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.invalidParameter(parameter, parameter + " must be a duration such as 30m, 2h or 7d, at most "
                + Durations.MAX.toDays() + "d");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
