package io.cloudsync.hub.security;

import static io.cloudsync.hub.testing.Listeners.nonLoopbackAddresses;
import static io.cloudsync.hub.testing.Listeners.reachable;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import io.cloudsync.hub.api.ApiHarness;
import io.cloudsync.hub.api.ForgedTokens;
import io.cloudsync.hub.api.KeyRing;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, finding 1 replayed: a local user reads the signing key from the database files or over H2's
 * AUTO_SERVER listener, then mints tokens for any client and scope.
 */
@ExtendWith(Attacks.class)
class SigningKeyAttackTest {

    private static final String FINDING = "1";
    private static final String ADMIN_CALL = "/v1/admin/sync-status";

    @TempDir
    static Path dir;
    static ApiHarness hub;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of("hub.db.url", "jdbc:h2:file:" + dir.resolve("data/hub")));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void theStoredRowIsNoUsablePrivateKey() throws Exception {
        String row;
        try (Connection connection = hub.bean("dataSource", DataSource.class).getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT private_jwk FROM api_signing_key");
                ResultSet rows = select.executeQuery()) {
            assertThat(rows.next()).isTrue();
            row = rows.getString(1);
        }
        boolean refused;
        try {
            refused = !RSAKey.parse(row).isPrivate();
        } catch (java.text.ParseException e) {
            refused = true;
        }
        Attacks.refused(FINDING, "read api_signing_key and parse private_jwk as a private JWK", refused,
                "a private key parsed from the row");
        Attacks.refused(FINDING, "look for the private exponent in the row", !row.contains("\"d\""), "plain JWK");
    }

    @Test
    void aTokenMintedWithTheRealKeyForAnUnconfiguredClientIsRefused() throws Exception {
        refusedWhenMintedWithTheRealKey("intruder", "token signed with the hub's key for an unconfigured client");
    }

    @Test
    void aTokenMintedWithTheRealKeyWithScopesTheClientLacksIsRefused() throws Exception {
        refusedWhenMintedWithTheRealKey("reader", "token signed with the hub's key giving reader the admin scope");
    }

    /** A token for {@code client} with every scope, signed with the hub's own active key, is refused as invalid. */
    private void refusedWhenMintedWithTheRealKey(String client, String attack) throws Exception {
        RSAKey real = hub.bean("apiKeyRing", KeyRing.class).active().pair();
        String token = ForgedTokens.rs256(real, ForgedTokens.claims(client, "read write admin").build());

        HttpResponse<String> answer = hub.get(ADMIN_CALL, token);

        Attacks.refused(FINDING, attack, answer.statusCode() == 401 && answer.body().contains("invalid_token"),
                answer.statusCode() + " " + answer.body());
    }

    @Test
    void theDatabaseListenerIsOnLoopbackOnly() throws Exception {
        Properties lock = lockFile();
        String server = lock.getProperty("server");
        String host = server.substring(0, server.lastIndexOf(':'));
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

        List<InetAddress> others = nonLoopbackAddresses();
        for (InetAddress other : others) {
            Attacks.refused(FINDING, "connect to the H2 listener on " + other.getHostAddress(),
                    !reachable(other, port), "connected to port " + port);
        }
        Attacks.refused(FINDING, "H2 listener bound beyond loopback (lock file names " + host + ")",
                InetAddress.getByName(host).isLoopbackAddress(), server);
    }

    @Test
    void theListenerRefusesSaWithAnEmptyPassword() throws Exception {
        Properties lock = lockFile();
        String url = "jdbc:h2:tcp://" + lock.getProperty("server") + "/" + lock.getProperty("id");
        String password = Files.readString(dir.resolve("data/hub.db-password")).strip();
        try (Connection owner = DriverManager.getConnection(url, "sa", password)) {
            assertThat(owner.isValid(2)).as("the hub's own user connects through the listener").isTrue();
        }

        String seen;
        boolean refused;
        try (Connection ignored = DriverManager.getConnection(url, "sa", "")) {
            refused = false;
            seen = "connected";
        } catch (SQLException e) {
            refused = e.getMessage().contains("Wrong user name or password");
            seen = e.getMessage();
        }
        Attacks.refused(FINDING, "connect to the H2 listener as sa with an empty password", refused, seen);
    }

    @Test
    void otherUsersCannotOpenTheDataFiles() throws Exception {
        Attacks.refused(FINDING, "list the data folder as another user", mode(dir.resolve("data")).equals("rwx------"),
                mode(dir.resolve("data")));
        for (String file : List.of("hub.mv.db", "hub.lock.db", "hub.db-password", "api-signing.kek")) {
            String mode = mode(dir.resolve("data").resolve(file));
            Attacks.refused(FINDING, "read data/" + file + " as another user", mode.equals("rw-------"), mode);
        }
    }

    private static Properties lockFile() throws IOException {
        Properties lock = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("data/hub.lock.db"))) {
            lock.load(reader);
        }
        assertThat(lock.getProperty("server")).as("AUTO_SERVER's address in the lock file").isNotNull();
        return lock;
    }



    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
