package io.cloudsync.hub.api;

import io.cloudsync.hub.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The API's token-signing keys ({@code api_signing_key}): the active one, the retired ones, rotation. */
public final class SigningKeyRepository {

    private static final String COLUMNS = "kid, algorithm, private_jwk, created_at, retired_at";

    private final DataSource dataSource;

    public SigningKeyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every stored key, newest first. */
    public List<StoredSigningKey> findAll() {
        return Jdbc.read(dataSource, "reading the API signing keys", connection -> Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM api_signing_key ORDER BY created_at DESC, kid DESC",
                rows -> new StoredSigningKey(rows.getString("kid"), rows.getString("algorithm"),
                        rows.getString("private_jwk"), Jdbc.getInstant(rows, "created_at"),
                        Jdbc.getInstant(rows, "retired_at"))));
    }

    /** Stores the first key when there is no active one yet; returns false when another process was first. */
    public boolean addFirst(StoredSigningKey key) {
        return Jdbc.inTransaction(dataSource, "storing the first API signing key", connection -> {
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM api_signing_key WHERE retired_at IS NULL") > 0) {
                return false;
            }
            insert(connection, key);
            return true;
        });
    }

    /**
     * In one transaction: every active key is retired at {@code next.createdAt()}, keys retired before
     * {@code forgetRetiredBefore} are deleted (their last token has expired), and {@code next} becomes active.
     */
    public void rotate(StoredSigningKey next, Instant forgetRetiredBefore) {
        Jdbc.inTransaction(dataSource, "rotating the API signing key", connection -> {
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE api_signing_key SET retired_at = ? WHERE retired_at IS NULL")) {
                Jdbc.setInstant(retire, 1, next.createdAt());
                retire.executeUpdate();
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM api_signing_key WHERE retired_at < ?")) {
                Jdbc.setInstant(forget, 1, forgetRetiredBefore);
                forget.executeUpdate();
            }
            insert(connection, next);
            return null;
        });
    }

    /**
     * Replaces a key stored in plain text by an earlier version with its sealed form, unless another process
     * changed the row first.
     */
    public void sealPlain(String kid, String plain, String sealed) {
        Jdbc.inTransaction(dataSource, "encrypting the stored API signing key " + kid, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_signing_key SET private_jwk = ? WHERE kid = ? AND private_jwk = ?")) {
                update.setString(1, sealed);
                update.setString(2, kid);
                update.setString(3, plain);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static void insert(Connection connection, StoredSigningKey key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO api_signing_key (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, key.kid());
            insert.setString(2, key.algorithm());
            insert.setString(3, key.privateJwk());
            Jdbc.setInstant(insert, 4, key.createdAt());
            Jdbc.setInstant(insert, 5, key.retiredAt());
            insert.executeUpdate();
        }
    }
}
