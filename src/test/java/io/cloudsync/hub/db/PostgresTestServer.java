package io.cloudsync.hub.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: {@code HUB_TEST_PG_URL} (system property or environment variable),
 * user {@code HUB_TEST_PG_USER} (default postgres), password {@code HUB_TEST_PG_PASSWORD} (default empty).
 * Each test gets a schema of its own, dropped afterwards, so reruns and parallel builds do not collide.
 */
public final class PostgresTestServer {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static volatile String unreachableReason;
    private static volatile boolean checked;

    private PostgresTestServer() {
    }

    public static String url() {
        return setting("HUB_TEST_PG_URL", DEFAULT_URL);
    }

    public static String user() {
        return setting("HUB_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return setting("HUB_TEST_PG_PASSWORD", "");
    }

    /** Null when the server answers; otherwise why not, and how to run the PostgreSQL tests. */
    public static synchronized String unreachableReason() {
        if (!checked) {
            checked = true;
            try (Connection ignored = connect()) {
                unreachableReason = null;
            } catch (SQLException e) {
                unreachableReason = "PostgreSQL tests skipped: cannot connect to " + url() + " as " + user() + " ("
                        + e.getMessage() + "). Start a PostgreSQL server there, or point HUB_TEST_PG_URL "
                        + "(and HUB_TEST_PG_USER / HUB_TEST_PG_PASSWORD) at one, as an environment variable or "
                        + "-D system property, to run them.";
            }
        }
        return unreachableReason;
    }

    public static String createSchema() {
        String schema = "hub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The server URL with {@code currentSchema} set, so every connection of the pool works in that schema. */
    public static String urlFor(String schema) {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(url(), properties);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
