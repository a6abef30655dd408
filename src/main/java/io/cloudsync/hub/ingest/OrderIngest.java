package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.reports.ReportRows;
import io.cloudsync.hub.reports.Retention;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.reports.ReportOrder;
import io.cloudsync.hub.reports.ReportRepository;
import io.cloudsync.hub.store.DatedResourceReader;
import io.cloudsync.hub.store.OrderNormaliser;
import io.cloudsync.hub.store.OrderReferenceData;
import io.cloudsync.hub.store.ShopTime;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreLanguage;
import io.cloudsync.hub.store.StoreException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order ingest (routes/store-orders.camel.yaml): orders changed since the checkpoint, in windows of the
 * shop's clock on {@code date_upd} (a state change moves it), read with their lines and an explicit list of
 * fields, normalised (state flags, amounts tax included and excluded, placed-at both shop-local and as an
 * instant) and written to the mirror with their report rows in the same transaction. Orders placed before the
 * retention period ({@code hub.reports.retention}) are not kept.
 */
public final class OrderIngest extends DatedIngest<OrderIngest.Reading> {

    public static final String ENTITY = Order.ENTITY;
    public static final String FLOW = ENTITY;

    private final StoreClient store;
    private final MirrorRepository mirror;
    private final ReportRepository reports;
    private final Retention retention;
    private final String language;
    private final ObjectMapper json;

    public OrderIngest(StoreClient store, DatedResourceReader reader, MirrorRepository mirror, ReportRepository reports,
                       ChangeOutbox outbox, CheckpointRepository checkpoints, IngestSettings settings,
                       Retention retention, ObjectMapper json) {
        super(FLOW, store, reader, outbox, checkpoints, settings);
        this.store = store;
        this.mirror = mirror;
        this.reports = reports;
        this.retention = retention;
        this.language = settings.language();
        this.json = json;
    }

    /** The reader of this flow: orders with the fields of {@link OrderNormaliser#DISPLAY}. */
    public static DatedResourceReader reader(StoreClient store, java.util.concurrent.Executor executor) {
        return new DatedResourceReader(store, executor, ENTITY, OrderNormaliser.DISPLAY);
    }

    /** What a run reads once: states, currencies and zone, and the first shop-local day it keeps. */
    public record Reading(OrderReferenceData reference, LocalDate keepFrom) {
    }

    @Override
    protected Reading startReading(ShopTime time) {
        int languageId = store.languages().stream().filter(l -> l.isoCode().equalsIgnoreCase(language)).findFirst()
                .map(StoreLanguage::id)
                .orElseThrow(() -> new StoreException(0, "the shop has no language '" + language + "'"));
        return new Reading(OrderReferenceData.read(store, time.zone(), languageId),
                retention.keepFrom(LocalDate.ofInstant(time.now(), time.zone())));
    }

    @Override
    protected ChangeSet write(Reading reading, List<JsonNode> rows) {
        List<MirrorUpsert> upserts = new ArrayList<>(rows.size());
        Map<String, ReportOrder> reportRows = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            Order order = OrderNormaliser.normalise(row, reading.reference());
            if (order.placedLocal().toLocalDate().isBefore(reading.keepFrom())) {
                continue;
            }
            String id = Long.toString(order.id());
            upserts.add(MirrorUpsert.of(id, order.reference(), canonical(order)));
            reportRows.put(id, ReportRows.of(order));
        }
        return mirror.writePage(FLOW, ENTITY, upserts, List.of(), reports.alongside(reportRows));
    }

    private String canonical(Order order) {
        try {
            return json.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order " + order.id() + " cannot be written as JSON", e);
        }
    }
}
