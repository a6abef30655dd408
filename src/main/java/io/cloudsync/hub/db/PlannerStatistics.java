package io.cloudsync.hub.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Keeps PostgreSQL's planner statistics of the hub's tables current (routes/db-statistics.camel.yaml). PostgreSQL
 * plans each look-up from what it last measured of a table; a first sync fills the tables much faster than
 * autovacuum measures them again (and autovacuum may be switched off), and a look-up of 500 keys planned for a
 * table believed small reads the whole table instead of its index: on the benchmark's 100,000 products that was a
 * 1 % edit taking 65–150 s instead of 21. H2 measures its tables itself as rows change: nothing to do there.
 */
public final class PlannerStatistics {

    /** Fewer changed rows than this never make a table's statistics stale. */
    static final long MIN_CHANGES = 1_000;
    /** The share of a table's rows that must have changed since it was last measured. */
    static final double MIN_SHARE = 0.2;

    private final DataSource dataSource;
    private volatile SqlDialect dialect;

    public PlannerStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Measures again the tables of the hub's schema that changed much since last measured; returns their names. */
    public List<String> refresh() {
        if (dialect() != SqlDialect.POSTGRESQL) {
            return List.of();
        }
        List<String> stale = Jdbc.read(dataSource, "reading table statistics", connection -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT relname, n_live_tup,"
                    + " n_mod_since_analyze FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                    + " ORDER BY relname");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (isStale(rows.getLong(2), rows.getLong(3))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            return tables;
        });
        for (String table : stale) {
            Jdbc.read(dataSource, "analyzing " + table, connection -> {
                try (Statement analyze = connection.createStatement()) {
                    return analyze.execute("ANALYZE \"" + table.replace("\"", "\"\"") + "\"");
                }
            });
        }
        return stale;
    }

    /** Whether a table with {@code liveRows} rows and {@code changedRows} changed since measured needs measuring. */
    static boolean isStale(long liveRows, long changedRows) {
        return changedRows >= MIN_CHANGES && changedRows > MIN_SHARE * liveRows;
    }

    private SqlDialect dialect() {
        SqlDialect known = dialect;
        if (known == null) {
            known = SqlDialect.of(dataSource);
            dialect = known;
        }
        return known;
    }
}
