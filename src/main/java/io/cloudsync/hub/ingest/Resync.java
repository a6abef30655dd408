package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A forced full pass, asked for through the database so that the CLI can ask a running hub: the product
 * checkpoint is forgotten (the next poll reads the whole store) and every mirrored product is queued for the
 * product flow's sinks, which compare it with what their targets last accepted; a stock resync forgets the
 * snapshot, so the next stock poll treats every line as changed; an orders or customers resync forgets that
 * flow's checkpoint, so the next poll reads every record again and the mirror (and the report rows) take
 * whatever differs.
 */
public final class Resync {

    /** Products queued per change set. */
    static final int CHUNK = 500;

    public enum Target {
        PRODUCTS, STOCK, ORDERS, CUSTOMERS, ALL;

        boolean includes(Target other) {
            return this == ALL || this == other;
        }
    }

    /** What was asked. */
    public record Result(boolean products, int productsQueued, boolean stock, int stockLinesForgotten,
                         List<String> checkpointsReset) {

        public String describe() {
            List<String> parts = new ArrayList<>();
            if (products) {
                parts.add(ProductIngest.ENTITY + ": checkpoint reset, " + productsQueued
                        + " mirrored products queued for the sinks");
            }
            if (stock) {
                parts.add("stock: snapshot of " + stockLinesForgotten + " lines forgotten");
            }
            checkpointsReset.stream().filter(flow -> !flow.equals(ProductIngest.FLOW))
                    .forEach(flow -> parts.add(flow + ": checkpoint reset, every record is read again"));
            return String.join("; ", parts) + " — the running hub does the pass at its next poll";
        }
    }

    private final CheckpointRepository checkpoints;
    private final MirrorRepository mirror;
    private final ChangeOutbox outbox;
    private final StockSnapshotRepository stock;

    public Resync(DataSource dataSource, SecretRedactor redactor) {
        this.checkpoints = new CheckpointRepository(dataSource, redactor);
        this.mirror = new MirrorRepository(dataSource);
        this.outbox = new ChangeOutbox(dataSource);
        this.stock = new StockSnapshotRepository(dataSource);
    }

    public Result request(Target target) {
        boolean products = target.includes(Target.PRODUCTS);
        boolean stockToo = target.includes(Target.STOCK);
        List<String> reset = new ArrayList<>();
        int queued = 0;
        if (products) {
            checkpoints.reset(ProductIngest.FLOW);
            reset.add(ProductIngest.FLOW);
            List<String> ids = new ArrayList<>(mirror.liveStoreIds(ProductIngest.ENTITY));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                queued += outbox.add(ProductIngest.FLOW, ProductIngest.ENTITY,
                        ids.subList(from, Math.min(ids.size(), from + CHUNK))).size();
            }
        }
        int forgotten = stockToo ? stock.clear() : 0;
        for (var dated : List.of(Map.entry(Target.ORDERS, OrderIngest.FLOW),
                Map.entry(Target.CUSTOMERS, CustomerIngest.FLOW))) {
            if (target.includes(dated.getKey())) {
                checkpoints.reset(dated.getValue());
                reset.add(dated.getValue());
            }
        }
        return new Result(products, queued, stockToo, forgotten, List.copyOf(reset));
    }
}
