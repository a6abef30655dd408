package io.cloudsync.hub.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** Connection, transaction and column helpers shared by the repositories (of every package). */
public final class Jdbc {

    /** Keeps IN lists well under every driver's parameter limit. */
    public static final int IN_CHUNK = 500;

    private static final String UNIQUE_VIOLATION = "23505";

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs a query whose parameters are plain values (strings, numbers, booleans; bound in order) and maps every
     * row it answers, in order.
     */
    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> row, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<T> mapped = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mapped.add(row.map(rows));
                }
            }
            return mapped;
        }
    }

    /** The number a {@code SELECT COUNT(*) …} answers. */
    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return query(connection, sql, rows -> rows.getLong(1), parameters).get(0);
    }

    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StateException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        try {
            return inTransactionOrThrow(dataSource, work);
        } catch (SQLException e) {
            throw new StateException(what + " failed: " + e.getMessage(), e);
        }
    }

    public static <T> T inTransactionOrThrow(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    public static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** The hub's clock, at the precision both engines keep (microseconds). */
    public static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    public static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static void setLocal(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, value);
        }
    }

    public static LocalDateTime getLocal(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class);
    }

    /** Binds keys as the array parameter of {@link SqlDialect#keyRows}. */
    public static void bindKeys(PreparedStatement statement, int index, Collection<String> keys) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("VARCHAR", keys.toArray(new String[0])));
    }

    /** Binds whole numbers as the array parameter of {@link SqlDialect#numberRows}. */
    public static void bindNumbers(PreparedStatement statement, int index, Collection<Long> numbers) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("BIGINT", numbers.toArray(new Long[0])));
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
        return chunks;
    }
}
