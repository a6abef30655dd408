package io.cloudsync.hub.db;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.h2.engine.SysProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the hub does around an H2 file database so that only its own OS user reaches it: the database's folder
 * is created 0700 and its files made 0600; the AUTO_SERVER listener (through which the CLI shares the database
 * with a running hub) binds to loopback only; and a user without a password gets a generated one, kept in
 * {@code <database>.db-password} (0600) where the hub and the CLI both read it.
 */
final class H2FileDatabase {

    static final String PASSWORD_FILE_SUFFIX = ".db-password";
    /** H2 reads this system property once, when its classes load, for every server socket it opens. */
    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    private static final List<String> FILE_SUFFIXES = List.of(".mv.db", ".lock.db", ".trace.db", PASSWORD_FILE_SUFFIX);
    private static final Pattern PLAIN_USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(H2FileDatabase.class);

    private H2FileDatabase() {
    }

    /** The settings to open the database with (the generated password when none is configured). */
    static DatabaseSettings prepare(DatabaseSettings settings) {
        Prepared prepared = prepareHeld(settings);
        prepared.release();
        return prepared.settings();
    }

    /**
     * The settings to open the database with, and the connection that checked the generated password, if one did:
     * while it is open the database stays open, so a pool opened before {@link Prepared#release()} does not open
     * the file a second time (H2 closes a database with its last connection; docs/operations.md#start-time).
     */
    record Prepared(DatabaseSettings settings, Connection held) {
        void release() {
            if (held != null) {
                try {
                    held.close();
                } catch (SQLException ignored) {
                    // only a check connection: the pool has its own
                }
            }
        }
    }

    static Prepared prepareHeld(DatabaseSettings settings) {
        bindToLoopback();
        Path file = settings.h2File().orElse(null);
        if (file == null) {
            return new Prepared(settings, null);
        }
        checkListenerIsLoopback();
        Path folder = file.toAbsolutePath().getParent();
        OwnerOnlyFiles.createFolders(folder);
        if (OwnerOnlyFiles.othersMayRead(folder)) {
            LOG.warn("the folder {} of the state database can be opened by other users; make it the hub's own"
                    + " (chmod 700)", folder);
        }
        if (!settings.password().isEmpty()) {
            return new Prepared(settings, null);
        }
        String password = OwnerOnlyFiles.readOrCreate(passwordFile(file), H2FileDatabase::randomPassword);
        Connection held = setPasswordIfNone(settings, password);
        return new Prepared(new DatabaseSettings(settings.url(), settings.user(), password, settings.poolSize()), held);
    }

    /** Makes the database's files that exist now 0600 (H2 creates them with the process' umask). */
    static void restrictFiles(DatabaseSettings settings) {
        settings.h2File().ifPresent(file -> FILE_SUFFIXES.forEach(suffix ->
                OwnerOnlyFiles.restrictFile(file.resolveSibling(file.getFileName() + suffix))));
    }

    static Path passwordFile(Path database) {
        return database.resolveSibling(database.getFileName() + PASSWORD_FILE_SUFFIX);
    }

    /**
     * AUTO_SERVER opens its TCP listener with {@code -tcpAllowOthers} on every interface unless
     * {@value #BIND_ADDRESS_PROPERTY} names one. H2 reads the property once, when its classes load, so it is set
     * to loopback as soon as the hub touches a database (an address that is not loopback is overridden).
     */
    static void bindToLoopback() {
        String asked = System.getProperty(BIND_ADDRESS_PROPERTY, "");
        if (!isLoopback(asked)) {
            if (!asked.isBlank()) {
                LOG.warn("{}={} ignored: the state database listens on loopback only", BIND_ADDRESS_PROPERTY, asked);
            }
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    /** Refuses to open a file database (and its listener) when H2 loaded before {@link #bindToLoopback()}. */
    private static void checkListenerIsLoopback() {
        if (!isLoopback(SysProperties.BIND_ADDRESS)) {
            throw new IllegalStateException("H2 was loaded before the hub could bind its listener to loopback ("
                    + BIND_ADDRESS_PROPERTY + " is '" + SysProperties.BIND_ADDRESS + "'); start the JVM with -D"
                    + BIND_ADDRESS_PROPERTY + "=127.0.0.1");
        }
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && !address.isBlank() && InetAddress.getByName(address.trim()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Opens the database with the generated password; when that is refused, the user still has the empty password
     * (a database of an earlier version, or a start that stopped before this step), so the password is set now.
     */
    private static Connection setPasswordIfNone(DatabaseSettings settings, String password) {
        try {
            return DriverManager.getConnection(settings.url(), settings.user(), password);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new IllegalStateException("cannot open the state database: " + e.getMessage().lines()
                        .findFirst().orElse(""), e);
            }
        }
        if (!PLAIN_USER.matcher(settings.user()).matches()) {
            throw new IllegalStateException("hub.db.user '" + settings.user() + "' is not a plain name: set"
                    + " hub.db.password instead of letting the hub generate one");
        }
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), "");
                Statement alter = connection.createStatement()) {
            alter.execute("ALTER USER \"" + settings.user().toUpperCase(Locale.ROOT) + "\" SET PASSWORD '"
                    + password + "'");
            LOG.info("the state database's user {} had no password: it now has the one in {}", settings.user(),
                    passwordFile(settings.h2File().orElseThrow()));
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the state database: hub.db.password is empty and neither the"
                    + " password in " + passwordFile(settings.h2File().orElseThrow()) + " nor an empty one is"
                    + " accepted for user " + settings.user() + " (set hub.db.password to the database's password)");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
