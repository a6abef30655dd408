package io.cloudsync.hub.mirror;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import io.cloudsync.hub.mirror.StockSnapshotWrite.Line;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The last stock quantities seen; each poll page is diffed against them and saved in one transaction. Stock is not
 * part of a product's content (its hash), but the sync feed serves it: a saved change touches the product's mirror
 * record ({@link MirrorPageWrite#touch}), which the feed then serves again as an {@code update}.
 */
public final class StockSnapshotRepository {

    /** The entity of stock change sets: their store ids are product ids whose stock changed. */
    public static final String ENTITY = "stock";
    /** The mirror's entity whose records a stock change touches (their store ids are product ids). */
    static final String PRODUCTS = "products";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public StockSnapshotRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    public StockSnapshotRepository(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** The lines of {@code current} whose quantity differs from {@code previous} (or that it lacks), in order. */
    public static List<StockChange> diff(Map<StockKey, Integer> previous, Collection<StockLevel> current) {
        Map<StockKey, StockLevel> latest = new LinkedHashMap<>();
        current.forEach(level -> latest.put(level.key(), level));
        List<StockChange> changes = new ArrayList<>();
        for (StockLevel level : latest.values()) {
            Integer before = previous.get(level.key());
            if (before == null || before != level.quantity()) {
                changes.add(new StockChange(level.productId(), level.combinationId(), before, level.quantity()));
            }
        }
        return changes;
    }

    /** Diffs a page against the snapshot and saves the changed lines, in one transaction; returns the changes. */
    public List<StockChange> applyPage(Collection<StockLevel> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return Jdbc.inTransaction(dataSource, "saving a stock page", connection -> apply(connection, page, Set.of(),
                false));
    }

    /**
     * {@link #applyPage}, and the products whose stock changed (entity {@value #ENTITY}) queued in the
     * {@link ChangeOutbox} for {@code flow} in the same transaction, so a change saved in the snapshot always reaches the sinks.
     */
    public ChangeSet applyPageAndQueue(Collection<StockLevel> page, String flow) {
        return applyAndQueue(page, flow, Set.of()).queued();
    }

    /**
     * {@link #applyPageAndQueue}, also returning the line changes (a new line may be a new combination); products in
     * {@code alreadyQueued} are not queued again (their change set, queued by the caller, carries their stock).
     */
    public QueuedStock applyAndQueue(Collection<StockLevel> page, String flow, Set<String> alreadyQueued) {
        if (page.isEmpty()) {
            return new QueuedStock(new ChangeSet(0, ENTITY, List.of()), List.of());
        }
        return Jdbc.inTransaction(dataSource, "saving a stock page",
                connection -> applyAndQueue(connection, page, flow, alreadyQueued, Set.of(), false));
    }

    /**
     * The line count of a stock page the poll saved before with this fingerprint; empty when the page is new or
     * changed, or when something else changed the snapshot since ({@link StockPageFingerprints}).
     */
    public OptionalInt unchangedPage(StockPageFingerprint page) {
        return Jdbc.read(dataSource, "reading a stock page fingerprint",
                connection -> StockPageFingerprints.lineCount(connection, page));
    }

    /**
     * A page of the stock poll: {@link #applyAndQueue} (nothing already queued), and the page's fingerprint saved in
     * the same transaction, so the next poll that reads the same text skips it.
     */
    public QueuedStock applyPollPage(List<StockLevel> page, String flow, StockPageFingerprint fingerprint) {
        return Jdbc.inTransaction(dataSource, "saving a stock page", connection -> {
            QueuedStock queued = page.isEmpty() ? new QueuedStock(new ChangeSet(0, ENTITY, List.of()), List.of())
                    : applyAndQueue(connection, page, flow, Set.of(), Set.of(), true);
            StockPageFingerprints.save(connection, dialect, fingerprint, page.size(), Jdbc.now(clock));
            return queued;
        });
    }

    /** Forgets every page fingerprint: the next poll compares every page (after a page it had to narrow down). */
    public void forgetPageFingerprints() {
        Jdbc.inTransaction(dataSource, "forgetting stock page fingerprints", connection -> {
            StockPageFingerprints.forgetAll(connection);
            return null;
        });
    }

    /**
     * The stock lines of a page of products, written in the transaction that writes those products to the mirror
     * ({@link MirrorRepository#writePage(String, String, List, Collection, MirrorRepository.Alongside)}): the products
     * that page changed already carry their stock to the sync feed and to the sinks; products in
     * {@code queuedWithPage} are queued with the page too.
     */
    public MirrorRepository.Alongside alongside(Collection<StockLevel> page, String flow, Set<String> queuedWithPage) {
        return (connection, changes) -> {
            Set<String> changed = new HashSet<>();
            changes.forEach(change -> changed.add(change.storeId()));
            Set<String> queued = new HashSet<>(queuedWithPage);
            queued.addAll(changed);
            applyAndQueue(connection, page, flow, queued, changed, false);
        };
    }

    /** The hub's clock, as this repository writes it: what a caller captures before it reads the store. */
    public Instant now() {
        return Jdbc.now(clock);
    }

    /**
     * Lines read again from the store, the read having started at {@code readStartedAt}: every one of them is
     * saved with that time, changed or not, so its time says "the count was read after this" (see
     * {@link #changedAt}); the products whose stock changed are queued for {@code flow}, in the same transaction.
     * Like a page, it takes the products' sequence row first: it may add lines ({@link StockSnapshotWrite}).
     */
    public ChangeSet confirm(Collection<StockLevel> lines, Instant readStartedAt, String flow) {
        if (lines.isEmpty()) {
            return new ChangeSet(0, ENTITY, List.of());
        }
        return Jdbc.inTransaction(dataSource, "confirming stock lines", connection -> {
            MirrorPageWrite.lockSequence(connection, dialect, PRODUCTS);
            Map<StockKey, Line> before = read(connection, productIds(lines));
            List<StockChange> changes = diff(quantities(before), lines);
            if (!changes.isEmpty()) {
                StockPageFingerprints.forgetAll(connection);
            }
            Map<StockKey, StockLevel> latest = new LinkedHashMap<>();
            lines.forEach(line -> latest.put(line.key(), line));
            StockSnapshotWrite.save(connection, dialect, latest.values(), before, readStartedAt);
            return ChangeOutbox.add(connection, clock, flow, ENTITY, changes.stream()
                    .map(change -> Long.toString(change.productId())).distinct().toList());
        });
    }

    /** The change set queued for a stock page, and the lines that changed. */
    public record QueuedStock(ChangeSet queued, List<StockChange> changes) {
    }

    private QueuedStock applyAndQueue(Connection connection, Collection<StockLevel> page, String flow,
                                      Set<String> alreadyQueued, Set<String> changedWithPage, boolean pollPage)
            throws SQLException {
        List<StockChange> changes = apply(connection, page, changedWithPage, pollPage);
        return new QueuedStock(ChangeOutbox.add(connection, clock, flow, ENTITY, changes.stream()
                .map(change -> Long.toString(change.productId())).filter(id -> !alreadyQueued.contains(id))
                .toList()), changes);
    }

    /**
     * Saves the changed lines and touches the mirror records of their products (but those in
     * {@code changedWithPage}), so that the sync feed serves them again as updates with their new stock. The
     * products' sequence row is taken before the snapshot's rows, in the order the product flow takes them, and the
     * page is diffed again under it: a page that changes nothing takes no lock. A change that does not come from
     * a poll page ({@code pollPage}) forgets the page fingerprints.
     */
    private List<StockChange> apply(Connection connection, Collection<StockLevel> page, Set<String> changedWithPage,
                                    boolean pollPage) throws SQLException {
        LinkedHashSet<Long> productIds = productIds(page);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<StockKey, Line> seen = read(connection, productIds);
        if (diff(quantities(seen), page).isEmpty()) {
            StockLineIds.record(connection, missingIds(page, seen));
            return List.of();
        }
        MirrorPageWrite products = new MirrorPageWrite(connection, dialect, clock, PRODUCTS);
        Map<StockKey, Line> before = read(connection, productIds);
        List<StockChange> changes = diff(quantities(before), page);
        if (!pollPage && !changes.isEmpty()) {
            StockPageFingerprints.forgetAll(connection);
        }
        Map<StockKey, StockLevel> latest = new LinkedHashMap<>();
        page.forEach(level -> latest.put(level.key(), level));
        StockSnapshotWrite.save(connection, dialect, changes.stream()
                .map(change -> latest.get(new StockKey(change.productId(), change.combinationId()))).toList(), before,
                Jdbc.now(clock));
        StockLineIds.record(connection, missingIds(page, before));
        products.touch(changes.stream().map(change -> Long.toString(change.productId()))
                .filter(id -> !changedWithPage.contains(id)).distinct().toList());
        products.finish();
        return changes;
    }

    private static Map<StockKey, Integer> quantities(Map<StockKey, Line> lines) {
        Map<StockKey, Integer> quantities = new HashMap<>();
        lines.forEach((key, line) -> quantities.put(key, line.quantity()));
        return quantities;
    }

    /** The levels of unchanged lines saved without their stock id (before the column, or by a writer without it). */
    private static List<StockLevel> missingIds(Collection<StockLevel> page, Map<StockKey, Line> saved) {
        return page.stream().filter(level -> level.stockId() != 0).filter(level -> {
            Line line = saved.get(level.key());
            return line != null && line.quantity() == level.quantity() && line.stockId() != level.stockId();
        }).toList();
    }

    /**
     * The product and combination of each stock line the snapshot knows by the store's id of the line; ids it does not
     * know are missing from the answer.
     */
    public Map<Long, StockKey> linesByStockId(Collection<Long> stockIds) {
        if (stockIds.isEmpty()) {
            return Map.of();
        }
        return Jdbc.read(dataSource, "reading stock lines by id",
                connection -> StockLineIds.linesOf(connection, dialect, stockIds));
    }

    /** Every snapshot line of the given products. */
    public Map<StockKey, Integer> quantities(Collection<Long> productIds) {
        return Jdbc.read(dataSource, "reading stock snapshots",
                connection -> quantities(read(connection, productIds)));
    }

    public Optional<Integer> quantity(long productId, long combinationId) {
        return Optional.ofNullable(quantities(List.of(productId)).get(new StockKey(productId, combinationId)));
    }

    /** Forgets every line: the next stock poll sees every quantity as new (a forced stock resync). */
    public int clear() {
        return Jdbc.inTransaction(dataSource, "clearing the stock snapshot", connection -> {
            StockPageFingerprints.forgetAll(connection);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stock_snapshot")) {
                return delete.executeUpdate();
            }
        });
    }

    /** Forgets deleted products, so that a product coming back counts as new. */
    public int deleteProducts(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return 0;
        }
        return Jdbc.inTransaction(dataSource, "deleting stock snapshots", connection -> {
            int deleted = 0;
            for (List<Long> chunk : Jdbc.chunks(new LinkedHashSet<>(productIds))) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM stock_snapshot WHERE product_id IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
                    bindLongs(delete, chunk);
                    deleted += delete.executeUpdate();
                }
            }
            if (deleted > 0) {
                StockPageFingerprints.forgetAll(connection);
            }
            return deleted;
        });
    }

    private static LinkedHashSet<Long> productIds(Collection<StockLevel> page) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        page.forEach(level -> ids.add(level.productId()));
        return ids;
    }

    /** The lines of the given products: the ids are joined as an array (a long IN list made H2 test every row). */
    private Map<StockKey, Line> read(Connection connection, Collection<Long> productIds) throws SQLException {
        Map<StockKey, Line> lines = new HashMap<>();
        if (productIds.isEmpty()) {
            return lines;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT s.product_id, s.combination_id,"
                + " s.quantity, s.stock_id FROM " + dialect.numberRows("wanted") + " JOIN stock_snapshot s"
                + " ON s.product_id = wanted.k")) {
            Jdbc.bindNumbers(select, 1, new LinkedHashSet<>(productIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.put(new StockKey(rows.getLong(1), rows.getLong(2)), new Line(rows.getInt(3),
                            rows.getLong(4)));
                }
            }
        }
        return lines;
    }

    /**
     * When each line of the given products last changed in the snapshot: the store's count was read shortly
     * before (the page's read, then its write), and it has not changed since as far as the hub knows.
     */
    public Map<StockKey, Instant> changedAt(Collection<Long> productIds) {
        Map<StockKey, Instant> times = new HashMap<>();
        if (productIds.isEmpty()) {
            return times;
        }
        return Jdbc.read(dataSource, "reading stock snapshot times", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT s.product_id, s.combination_id,"
                    + " s.updated_at FROM " + dialect.numberRows("wanted") + " JOIN stock_snapshot s"
                    + " ON s.product_id = wanted.k")) {
                Jdbc.bindNumbers(select, 1, new LinkedHashSet<>(productIds));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        times.put(new StockKey(rows.getLong(1), rows.getLong(2)), Jdbc.getInstant(rows, "updated_at"));
                    }
                }
            }
            return times;
        });
    }

    private static void bindLongs(PreparedStatement statement, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setLong(i + 1, values.get(i));
        }
    }
}
