package io.cloudsync.hub.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The little SQL that differs between the two supported engines: the upsert. */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("unsupported state database: " + product + " (use H2 or PostgreSQL)");
        } catch (SQLException e) {
            throw new StateException("cannot reach the state database", e);
        }
    }

    /**
     * A FROM-clause item that turns one array parameter (bound with {@link Jdbc#bindKeys}) into rows of one text
     * column {@code k}: joining it finds many keys through the index, where a long {@code IN (?, ?, …)} on the second
     * column of an index makes H2 scan every row with the first.
     */
    public String keyRows(String alias) {
        return this == H2 ? "TABLE(k VARCHAR = ?) " + alias : "unnest(CAST(? AS VARCHAR[])) AS " + alias + "(k)";
    }

    /** {@link #keyRows} for whole numbers (bound with {@link Jdbc#bindNumbers}): rows of one BIGINT column {@code k}. */
    public String numberRows(String alias) {
        return this == H2 ? "TABLE(k BIGINT = ?) " + alias : "unnest(CAST(? AS BIGINT[])) AS " + alias + "(k)";
    }

    /**
     * Inserts a row of {@code columns} (keys included, one {@code ?} each, in that order), or, when a row with
     * the same {@code keys} exists, updates its other listed columns. Columns not listed keep their values.
     */
    public String upsert(String table, List<String> keys, List<String> columns) {
        String columnList = String.join(", ", columns);
        String parameters = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + columnList + ") KEY (" + String.join(", ", keys) + ") VALUES ("
                    + parameters + ")";
        }
        List<String> updated = columns.stream().filter(c -> !keys.contains(c)).toList();
        String onConflict = updated.isEmpty() ? "DO NOTHING"
                : "DO UPDATE SET " + updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columnList + ") VALUES (" + parameters + ") ON CONFLICT ("
                + String.join(", ", keys) + ") " + onConflict;
    }
}
