package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.outbox.IdCheckpointRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplace order poll (routes/marketsync-orders.camel.yaml): MarketSync's orders, new ones by id from the
 * saved position ({@code afterid}), and every {@code lookbackPeriod} the ones placed within {@code lookback} again
 * (by {@code after}), for the changes an order gets after it was placed. Each order is written to the mirror as
 * canonical JSON with its content hash, so an order read again unchanged makes no change; a page's changes are
 * queued in the outbox in the same transaction, and the position moves past a page only once its change set was
 * handed to every sink. A crash resumes with the undelivered change sets, then the page after the last position.
 * The flow's checkpoint ({@code sync_checkpoint} row {@value #FLOW}) keeps in {@code synced_until} the MarketSync
 * time (Mexico City) up to which every order MarketSync registered was read: what the stock cut-off may move to.
 */
public final class MarketplaceOrderIngest {

    public static final String ENTITY = MarketplaceOrder.ENTITY;
    public static final String FLOW = ENTITY;
    private static final Logger LOG = LoggerFactory.getLogger(MarketplaceOrderIngest.class);

    private final MarketplaceOrderReader reader;
    private final MirrorRepository mirror;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final IdCheckpointRepository positions;
    private final MarketplaceOrderSettings settings;
    private final Clock clock;
    private final ObjectMapper json;
    private volatile Instant lastLookback;

    public MarketplaceOrderIngest(MarketplaceOrderReader reader, MirrorRepository mirror, ChangeOutbox outbox,
                                  CheckpointRepository checkpoints, IdCheckpointRepository positions,
                                  MarketplaceOrderSettings settings, Clock clock, ObjectMapper json) {
        this.reader = reader;
        this.mirror = mirror;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.positions = positions;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    /** Opens a poll: the change sets a crash left, then the new orders, then the look-back pass when it is due. */
    public MarketplaceOrderRun start() {
        Instant now = clock.instant();
        Instant last = lastLookback;
        boolean lookbackDue = last == null || !now.isBefore(last.plus(settings.lookbackPeriod()));
        LocalDateTime from = LocalDateTime.ofInstant(now, MarketSyncSigner.MEXICO_CITY).minus(settings.lookback())
                .withNano(0);
        return new MarketplaceOrderRun(outbox.pending(FLOW), positions.lastId(FLOW).orElse(null), from, lookbackDue);
    }

    /** The next change set: one a crash left, else the next page of new orders, else of the look-back pass. */
    public ChangeSet next(MarketplaceOrderRun run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        int pageSize = settings.pageSize();
        if (run.pass() == MarketplaceOrderRun.Pass.NEW) {
            MarketplaceOrderReader.OrderPage page = run.firstPoll()
                    ? reader.placedSince(run.lookbackFrom(), run.offset(), pageSize)
                    : reader.fromId(run.position(), pageSize);
            List<JsonNode> rows = page.orders();
            run.sawMarketSyncTime(latestTime(rows));
            // when no order comes, MarketSync's clock still moves on: so does the horizon (and with it the cut-off)
            run.sawMarketSyncTime(page.answeredAt());
            List<MarketplaceOrder> read = normalised(rows);
            List<MarketplaceOrder> fresh = read.stream()
                    .filter(order -> run.position() == null || order.id() > run.position()).toList();
            Long highest = fresh.stream().map(MarketplaceOrder::id).max(Long::compare).orElse(null);
            ChangeSet changes = write(fresh);
            run.newPageRead(rows.size(), highest, pageSize, changes.size(), rows.size() - read.size());
            return changes;
        }
        List<JsonNode> rows = reader.placedSince(run.lookbackFrom(), run.offset(), pageSize).orders();
        List<MarketplaceOrder> orders = normalised(rows);
        ChangeSet changes = write(orders);
        run.lookbackPageRead(rows.size(), pageSize, changes.size(), rows.size() - orders.size());
        return changes;
    }

    /** Every sink is done with the set: it leaves the outbox, and the position moves past its page. */
    public void delivered(MarketplaceOrderRun run, ChangeSet set) {
        outbox.done(set);
        Long position = run.takePagePosition();
        if (position != null) {
            positions.advance(FLOW, position);
        }
    }

    /**
     * The poll is over: recorded as a success, and the flow's {@code synced_until} moves to the run's horizon (the
     * latest MarketSync time its new-order pass read, see {@link MarketplaceOrderRun#horizon}); returns a line for
     * the log when orders arrived or changed.
     */
    public String finish(MarketplaceOrderRun run) {
        LocalDateTime horizon = run.horizon();
        LocalDateTime known = checkpoints.find(FLOW).map(Checkpoint::syncedUntil).orElse(null);
        if (horizon != null && (known == null || horizon.isAfter(known))) {
            checkpoints.openWindow(FLOW, known == null ? horizon : known, horizon, MarketSyncSigner.MEXICO_CITY);
        }
        checkpoints.completeWindow(FLOW);
        if (run.lookedBack()) {
            lastLookback = clock.instant();
        }
        if (run.changed() == 0 && run.skipped() == 0) {
            return "";
        }
        return "marketplace orders: " + run.changed() + " new or changed of " + run.read() + " read"
                + (run.skipped() == 0 ? "" : ", " + run.skipped() + " without a usable id left out")
                + (run.position() == null ? "" : "; last order id " + run.position());
    }

    /** The latest MarketSync time the rows show: registrations ({@code fecha_orden}) and last changes ({@code fecha}). */
    private static LocalDateTime latestTime(List<JsonNode> rows) {
        LocalDateTime latest = null;
        for (JsonNode row : rows) {
            for (String field : List.of("fecha_orden", "fecha")) {
                LocalDateTime at = MarketplaceOrderNormaliser.dateTime(row.path(field));
                if (at != null && (latest == null || at.isAfter(latest))) {
                    latest = at;
                }
            }
        }
        return latest;
    }

    private List<MarketplaceOrder> normalised(List<JsonNode> rows) {
        List<MarketplaceOrder> orders = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            try {
                orders.add(MarketplaceOrderNormaliser.normalise(row));
            } catch (IllegalArgumentException e) {
                LOG.warn("MarketSync order left out: {}", e.getMessage());
            }
        }
        return orders;
    }

    private ChangeSet write(List<MarketplaceOrder> orders) {
        List<MirrorUpsert> upserts = new ArrayList<>(orders.size());
        for (MarketplaceOrder order : orders) {
            upserts.add(MirrorUpsert.of(Long.toString(order.id()), order.reference(), canonical(order)));
        }
        return mirror.writePage(FLOW, ENTITY, upserts);
    }

    private String canonical(MarketplaceOrder order) {
        try {
            return json.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("marketplace order " + order.id() + " cannot be written as JSON", e);
        }
    }
}
