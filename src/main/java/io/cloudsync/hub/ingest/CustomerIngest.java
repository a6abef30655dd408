package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.model.Customer;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.store.CustomerNormaliser;
import io.cloudsync.hub.store.DatedResourceReader;
import io.cloudsync.hub.store.Lenient;
import io.cloudsync.hub.store.ShopTime;
import io.cloudsync.hub.store.StoreClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer ingest (routes/store-customers.camel.yaml): customers changed since the checkpoint, in windows of
 * the shop's clock on {@code date_upd}, read with the allowlist of {@link CustomerNormaliser#DISPLAY} (the
 * password hash and secure key are never asked for), written to the mirror; a customer the shop deleted
 * ({@code deleted=1}) becomes a delete in the mirror.
 */
public final class CustomerIngest extends DatedIngest<Void> {

    public static final String ENTITY = "customers";
    public static final String FLOW = ENTITY;

    private final MirrorRepository mirror;
    private final ObjectMapper json;

    public CustomerIngest(StoreClient store, DatedResourceReader reader, MirrorRepository mirror, ChangeOutbox outbox,
                          CheckpointRepository checkpoints, IngestSettings settings, ObjectMapper json) {
        super(FLOW, store, reader, outbox, checkpoints, settings);
        this.mirror = mirror;
        this.json = json;
    }

    /** The reader of this flow: customers with the fields of {@link CustomerNormaliser#DISPLAY} only. */
    public static DatedResourceReader reader(StoreClient store, java.util.concurrent.Executor executor) {
        return new DatedResourceReader(store, executor, ENTITY, CustomerNormaliser.DISPLAY);
    }

    @Override
    protected Void startReading(ShopTime time) {
        return null;
    }

    @Override
    protected ChangeSet write(Void context, List<JsonNode> rows) {
        List<MirrorUpsert> upserts = new ArrayList<>(rows.size());
        List<String> deleted = new ArrayList<>();
        for (JsonNode row : rows) {
            if (CustomerNormaliser.isDeleted(row)) {
                deleted.add(Long.toString(Lenient.integer(row.path("id"), -1)));
                continue;
            }
            Customer customer = CustomerNormaliser.normalise(row);
            upserts.add(MirrorUpsert.of(Long.toString(customer.id()), null, canonical(customer)));
        }
        return mirror.writePage(FLOW, ENTITY, upserts, deleted, MirrorRepository.Alongside.NOTHING);
    }

    private String canonical(Customer customer) {
        try {
            return json.writeValueAsString(customer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("customer " + customer.id() + " cannot be written as JSON", e);
        }
    }
}
