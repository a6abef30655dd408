package io.cloudsync.hub.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A freshly migrated state database for one test: an H2 in-memory database or a PostgreSQL schema. */
public final class TestDatabase implements AutoCloseable {

    public enum Engine { H2, POSTGRESQL }

    private final Engine engine;
    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(Engine engine, HikariDataSource dataSource, String schema) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    public static TestDatabase create(Engine engine) {
        if (engine == Engine.H2) {
            String url = "jdbc:h2:mem:hub-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            return new TestDatabase(engine, Database.openMigrated(new DatabaseSettings(url, "sa", "", 4)), null);
        }
        String schema = PostgresTestServer.createSchema();
        try {
            return new TestDatabase(engine, Database.openMigrated(new DatabaseSettings(
                    PostgresTestServer.urlFor(schema), PostgresTestServer.user(), PostgresTestServer.password(), 4)),
                    schema);
        } catch (RuntimeException e) {
            PostgresTestServer.dropSchema(schema);
            throw e;
        }
    }

    public Engine engine() {
        return engine;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** Runs one statement (test setup and checks). */
    public int execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The engine's plan of a statement ({@code EXPLAIN}), its lines joined: checks that an index is used. */
    public String explain(String sql) {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN " + sql + ": " + e.getMessage(), e);
        }
        return plan.toString();
    }

    /** Every column of the row of {@code table} with that id, as {@code column=value} lines (checks of raw content). */
    public String rowText(String table, long id) {
        String sql = "SELECT * FROM " + table + " WHERE id = " + id;
        StringBuilder row = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException(sql + ": no row");
            }
            ResultSetMetaData meta = rows.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                row.append(meta.getColumnName(column)).append('=').append(rows.getString(column)).append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return row.toString();
    }

    @Override
    public void close() {
        String url = dataSource.getJdbcUrl();
        dataSource.close();
        if (engine == Engine.H2) {
            // DB_CLOSE_DELAY=-1 keeps an in-memory database until SHUTDOWN: free it.
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot shut down " + url, e);
            }
        }
        if (schema != null) {
            PostgresTestServer.dropSchema(schema);
        }
    }

    @Override
    public String toString() {
        return engine.name().toLowerCase(java.util.Locale.ROOT);
    }
}
