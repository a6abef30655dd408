package io.cloudsync.hub.wiring;

import io.cloudsync.hub.camel.IdempotentRepositories;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/** The mirror of the store, the change outbox, the flows' checkpoints and the delivered change sets. */
public final class MirrorConfiguration implements CamelConfiguration {

    private final CheckpointRepository checkpoints;
    private final MirrorRepository mirror;
    private final StockSnapshotRepository stock;
    private final ChangeOutbox outbox;
    private final JdbcMessageIdRepository changeSets;

    MirrorConfiguration(PlatformConfiguration platform) {
        this.checkpoints = new CheckpointRepository(platform.dataSource(), platform.secretRedactor());
        this.mirror = new MirrorRepository(platform.dataSource());
        this.stock = new StockSnapshotRepository(platform.dataSource());
        this.outbox = new ChangeOutbox(platform.dataSource());
        this.changeSets = IdempotentRepositories.jdbc(platform.dataSource(), "change-sets");
    }

    @BindToRegistry
    public CheckpointRepository checkpointRepository() {
        return checkpoints;
    }

    @BindToRegistry
    public MirrorRepository mirrorRepository() {
        return mirror;
    }

    @BindToRegistry
    public StockSnapshotRepository stockSnapshotRepository() {
        return stock;
    }

    @BindToRegistry
    public ChangeOutbox changeOutbox() {
        return outbox;
    }

    /** Change sets a sink has taken: the idempotent consumer of {@code marketsync-products.camel.yaml}. */
    @BindToRegistry
    public JdbcMessageIdRepository changeSetRepository() {
        return changeSets;
    }
}
