package io.cloudsync.hub.db;

import static io.cloudsync.hub.testing.Listeners.nonLoopbackAddresses;
import static io.cloudsync.hub.testing.Listeners.reachable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file database is the hub's user's alone: 0700/0600 modes, a generated password, a loopback listener. */
class H2FileDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theFolderIsCreated0700AndTheFiles0600() throws Exception {
        Path db = dir.resolve("data/nested/hub");

        try (HikariDataSource ignored = Database.openMigrated(settings(db, ""))) {
            assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("data/nested"))).isEqualTo("rwx------");
            assertThat(mode(sibling(db, ".mv.db"))).isEqualTo("rw-------");
            assertThat(mode(sibling(db, ".lock.db"))).isEqualTo("rw-------");
            assertThat(mode(sibling(db, ".db-password"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anEmptyPasswordGetsAGeneratedOneThatTheNextOpenReadsAgain() throws Exception {
        Path db = dir.resolve("hub");
        try (HikariDataSource ignored = Database.openMigrated(settings(db, ""))) {
            assertThat(Files.readString(sibling(db, ".db-password")).strip()).hasSizeGreaterThanOrEqualTo(32);
        }

        assertThatThrownBy(() -> connect(db, "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        try (HikariDataSource again = Database.openMigrated(settings(db, ""));
                Connection connection = again.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void anExistingDatabaseWithoutAPasswordGetsOne() throws Exception {
        Path db = dir.resolve("hub");
        connect(db, "").close();

        try (HikariDataSource ignored = Database.openMigrated(settings(db, ""))) {
            assertThat(sibling(db, ".db-password")).exists();
        }

        assertThatThrownBy(() -> connect(db, "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        connect(db, Files.readString(sibling(db, ".db-password")).strip()).close();
    }

    @Test
    void aConfiguredPasswordIsUsedAsItIsAndNoFileIsWritten() throws Exception {
        Path db = dir.resolve("hub");

        try (HikariDataSource ignored = Database.openMigrated(settings(db, "operator-pass"))) {
            assertThat(sibling(db, ".db-password")).doesNotExist();
        }
        connect(db, "operator-pass").close();
    }

    @Test
    void theAutoServerListenerIsOnLoopbackOnly() throws Exception {
        Path db = dir.resolve("hub");
        try (HikariDataSource ignored = Database.openMigrated(settings(db, ""))) {
            Properties lock = new Properties();
            try (Reader reader = Files.newBufferedReader(sibling(db, ".lock.db"))) {
                lock.load(reader);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("AUTO_SERVER's address in the lock file").isNotNull();
            String host = server.substring(0, server.lastIndexOf(':'));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            assertThat(InetAddress.getByName(host).isLoopbackAddress()).as(server).isTrue();
            assertThat(reachable(InetAddress.getByName(host), port)).isTrue();
            for (InetAddress other : nonLoopbackAddresses()) {
                assertThat(reachable(other, port)).as("listener reachable on " + other).isFalse();
            }
        }
    }



    private static DatabaseSettings settings(Path db, String password) {
        return new DatabaseSettings("jdbc:h2:file:" + db, "sa", password, 2);
    }

    private static Connection connect(Path db, String password) throws SQLException {
        return DriverManager.getConnection(settings(db, password).url(), "sa", password);
    }

    private static Path sibling(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
