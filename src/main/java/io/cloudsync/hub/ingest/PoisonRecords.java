package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.store.MalformedAnswerException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bean {@code poisonRecords}: store records whose answer stays malformed (routes/store-ingest.camel.yaml). Each one
 * a run narrowed a page down to is dead-lettered with the reason and the raw answer it spoiled (the dead-letter
 * store redacts it; {@link MalformedAnswerException} cut it), so the run goes on and its checkpoint moves. A replay
 * ({@code dlq replay}) sends {@code {"flow":…,"ids":[…]}} to {@link #ENTRY_URI}: the record is read again by id and
 * written to the mirror, and the flow's next run hands it on to the sinks like any change a crash left.
 */
public final class PoisonRecords {

    public static final String SINK = "store";
    public static final String ENTRY_URI = "direct://store-replay";
    static final String ROUTE_ID = "store-replay";

    private final DeadLetterRepository letters;
    private final ObjectMapper json;
    private final Map<String, IngestFlow<?>> flows = new ConcurrentHashMap<>();

    public PoisonRecords(DeadLetterRepository letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
    }

    /** A flow whose dead-lettered records a replay reads again ({@link IngestFlow#reread}). */
    public PoisonRecords flow(IngestFlow<?> flow) {
        flows.put(flow.name(), flow);
        return this;
    }

    /** The dead letter's key: the flow and the record. */
    public static String key(String flow, long id) {
        return flow + " " + id;
    }

    /**
     * Dead-letters the records the run's last page was narrowed down to (one letter per record: a record still
     * at fault in a later run adds an attempt to its letter), and resolves the letters of records an ordinary
     * read has since read well (the store was fixed). The message is left as it is.
     */
    public void record(IngestRun<?> run) {
        run.takePoisoned().forEach((flow, poisoned) -> poisoned.forEach(poison -> letter(run.entity(), flow, poison)));
        Map<String, java.util.Set<Long>> readWell = run.takeReadWell();
        if (readWell.isEmpty() || !letters.anyOpen(SINK)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        readWell.forEach((flow, ids) -> ids.forEach(id -> keys.add(key(flow, id))));
        letters.resolve(SINK, keys);
    }

    private void letter(String runFlow, String flow, PageNarrowing.Poisoned poison) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flow", flow);
        body.put("ids", List.of(poison.id()));
        MalformedAnswerException error = poison.error();
        String key = key(flow, poison.id());
        letters.record(new DeadLetterFailure("store-" + runFlow, SINK, key, ENTRY_URI, "store:" + flow, write(body),
                Map.of("HubSink", SINK, "HubMessageKey", key), error.getClass().getName(), "store record "
                + poison.id() + " of " + flow + " (row " + poison.offset() + " of a read by the " + runFlow
                + " flow) makes every answer that holds it unreadable, even alone; it was set aside so the flow goes"
                + " on. " + error.getMessage() + "\nRaw answer:\n" + error.rawAnswer(), 1));
    }

    /** Reads the records of a replayed dead letter again and writes them; closes the letter. */
    public String replay(Object message) throws IOException {
        JsonNode body = json.readTree(message instanceof byte[] bytes ? new String(bytes,
                java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(message));
        String flow = body.path("flow").asText();
        IngestFlow<?> rereading = flows.get(flow);
        List<Long> ids = new ArrayList<>();
        body.path("ids").forEach(id -> ids.add(id.asLong()));
        if (rereading == null || ids.isEmpty()) {
            throw new IllegalArgumentException("not a store record to replay: expected {\"flow\": one of "
                    + flows.keySet() + ", \"ids\": […]}");
        }
        ChangeSet written = rereading.reread(ids);
        letters.resolve(SINK, ids.stream().map(id -> key(flow, id)).toList());
        return flow + " " + ids + " read again, " + written.size() + " changed";
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dead letter body cannot be written", e);
        }
    }
}
