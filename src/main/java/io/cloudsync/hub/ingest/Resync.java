package io.cloudsync.hub.ingest;

import io.cloudsync.hub.state.ChangeOutbox;
import io.cloudsync.hub.state.CheckpointRepository;
import io.cloudsync.hub.state.MirrorRepository;
import io.cloudsync.hub.state.SecretRedactor;
import io.cloudsync.hub.state.StockSnapshotRepository;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A forced full pass, asked for through the database so that the CLI can ask a running hub: the product
 * checkpoint is forgotten (the next poll reads the whole store) and every mirrored product is queued for the
 * product flow's sinks, which compare it with what their targets last accepted; a stock resync forgets the
 * snapshot, so the next stock poll treats every line as changed.
 */
public final class Resync {

    /** Products queued per change set. */
    static final int CHUNK = 500;

    public enum Target { PRODUCTS, STOCK, ALL }

    /** What was asked. */
    public record Result(boolean products, int productsQueued, boolean stock, int stockLinesForgotten) {

        public String describe(String entity) {
            List<String> parts = new ArrayList<>();
            if (products) {
                parts.add(entity + ": checkpoint reset, " + productsQueued + " mirrored products queued for the sinks");
            }
            if (stock) {
                parts.add("stock: snapshot of " + stockLinesForgotten + " lines forgotten");
            }
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
        boolean products = target != Target.STOCK;
        boolean stockToo = target != Target.PRODUCTS;
        int queued = 0;
        if (products) {
            checkpoints.reset(ProductIngest.FLOW);
            List<String> ids = new ArrayList<>(mirror.liveStoreIds(ProductIngest.ENTITY));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                queued += outbox.add(ProductIngest.FLOW, ProductIngest.ENTITY,
                        ids.subList(from, Math.min(ids.size(), from + CHUNK))).size();
            }
        }
        int forgotten = stockToo ? stock.clear() : 0;
        return new Result(products, queued, stockToo, forgotten);
    }
}
