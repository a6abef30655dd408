package bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub's database for one run: an H2 file in the hub's folder (the default), or with {@code --db postgresql} a
 * fresh database {@code bench_<timestamp>} on a PostgreSQL server, created here over JDBC (the driver is in the hub
 * jar) and dropped at the end. The password, if the server wants one, comes from {@code PGPASSWORD} and reaches the
 * hub as {@code HUB_DB_PASSWORD} in its environment, never on a command line that the results print.
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern SERVER = Pattern.compile("(jdbc:postgresql://[^/?]+)/?.*");

    private final String server;
    private final String user;
    private final String password;
    private final String name;
    private final Map<Long, Double> backendCpuAtMark = new HashMap<>();

    private BenchDatabase(String server, String user, String password, String name) {
        this.server = server;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static BenchDatabase of(Map<String, String> options, String started) throws SQLException {
        String db = options.getOrDefault("db", "h2");
        if (db.equalsIgnoreCase("h2")) {
            return new BenchDatabase(null, null, null, null);
        }
        if (!db.equalsIgnoreCase("postgresql")) {
            throw new IllegalArgumentException("--db is h2 or postgresql, not " + db);
        }
        String url = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432");
        Matcher server = SERVER.matcher(url);
        if (!server.matches()) {
            throw new IllegalArgumentException("--pg-url is jdbc:postgresql://host:port, not " + url);
        }
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        BenchDatabase database = new BenchDatabase(server.group(1), options.getOrDefault("pg-user", "postgres"),
                password, "bench_" + started.replaceAll("\\D", ""));
        try (Connection admin = database.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database.name);
        }
        return database;
    }

    boolean postgresql() {
        return server != null;
    }

    String label() {
        return postgresql() ? "PostgreSQL" : "H2";
    }

    String describe() throws SQLException {
        if (!postgresql()) {
            return "H2 file database in the hub's folder (the default)";
        }
        try (Connection c = connect(name); Statement s = c.createStatement();
             ResultSet version = s.executeQuery("SHOW server_version")) {
            version.next();
            return "PostgreSQL " + version.getString(1) + " at " + server + ", user " + user + ", fresh database "
                    + name + " (dropped at the end); PostgreSQL CPU = the CPU of its backends serving the hub";
        }
    }

    /** The hub's database keys as system properties; the password goes through {@link #hubEnvironment()}. */
    List<String> hubProperties(Path hubDir) {
        if (!postgresql()) {
            return List.of("-Dhub.db.url=jdbc:h2:file:" + hubDir.resolve("data/hub"));
        }
        return List.of("-Dhub.db.url=" + server + "/" + name, "-Dhub.db.user=" + user);
    }

    Map<String, String> hubEnvironment() {
        return postgresql() && !password.isEmpty() ? Map.of("HUB_DB_PASSWORD", password) : Map.of();
    }

    /** Starts counting the CPU of the server's backends for the bench database (local server only). */
    void markCpu() {
        backendCpuAtMark.clear();
        backendCpuAtMark.putAll(backendCpu());
    }

    /**
     * CPU seconds the backends serving the bench database used since {@link #markCpu()}; -1 for H2 (inside the hub
     * process) or when the server's processes cannot be read. A backend that ended in between is not counted.
     */
    double cpuSinceMark() {
        if (!postgresql()) {
            return -1;
        }
        Map<Long, Double> now = backendCpu();
        if (now.isEmpty()) {
            return -1;
        }
        double sum = 0;
        for (var backend : now.entrySet()) {
            sum += backend.getValue() - backendCpuAtMark.getOrDefault(backend.getKey(), 0.0);
        }
        return sum;
    }

    private Map<Long, Double> backendCpu() {
        Map<Long, Double> cpu = new HashMap<>();
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = '" + name + "'")) {
            while (rows.next()) {
                double seconds = Machine.cpuSeconds(rows.getLong(1));
                if (seconds >= 0) {
                    cpu.put(rows.getLong(1), seconds);
                }
            }
        } catch (SQLException e) {
            return Map.of();
        }
        return cpu;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server + "/" + database, user, password);
    }

    /**
     * An empty database again, for a hub on a fresh folder after another one (the start without the archive): the
     * first hub's signing key, sealed with its folder's key-encryption key, would stop the next one. H2 lives in the
     * hub's folder, so nothing to do there.
     */
    void recreate() throws SQLException {
        if (!postgresql()) {
            return;
        }
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void close() {
        if (!postgresql()) {
            return;
        }
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            System.out.println("dropped database " + name);
        } catch (SQLException e) {
            System.out.println("could not drop database " + name + ": " + e.getMessage());
        }
    }
}
