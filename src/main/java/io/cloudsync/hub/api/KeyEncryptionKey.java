package io.cloudsync.hub.api;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.db.OwnerOnlyFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts the token-signing private keys in the state database. It is
 * {@value #KEY} (base64 of 32 bytes; {@code HUB_API_KEY_ENCRYPTION_KEY} in the environment) when set, else the
 * content of the key file {@value #FILE_KEY}, by default {@value #DEFAULT_FILE_NAME} beside the H2 database
 * ({@code ./data/api-signing.kek}), which the first start creates with a random key, readable by the hub's user
 * only. Never printed: {@link #toString()} names where it came from.
 */
public final class KeyEncryptionKey {

    public static final String KEY = "hub.api.key-encryption-key";
    public static final String FILE_KEY = "hub.api.key-encryption-key-file";
    static final String DEFAULT_FILE_NAME = "api-signing.kek";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String source;

    private KeyEncryptionKey(byte[] key, String source) {
        this.key = new SecretKeySpec(key, "AES");
        this.source = source;
    }

    /** The configured key, or the key file's (created on first use). */
    public static KeyEncryptionKey from(HubProperties properties) {
        return Source.from(properties).open();
    }

    /**
     * Where the key comes from: {@value #KEY} (checked as soon as the configuration is read), or else the key file,
     * read or created when the hub opens it.
     */
    public record Source(java.util.Optional<String> value, Path file) {

        public static Source from(HubProperties properties) {
            Source source = new Source(properties.find(KEY), KeyEncryptionKey.file(properties));
            source.value.ifPresent(value -> parse(value, KEY));
            return source;
        }

        public KeyEncryptionKey open() {
            return value.map(inline -> parse(inline, KEY)).orElseGet(() -> parse(
                    OwnerOnlyFiles.readOrCreate(file, KeyEncryptionKey::randomBase64),
                    "the key file " + file + " (" + FILE_KEY + ")"));
        }

        @Override
        public String toString() {
            return "KeyEncryptionKey.Source[" + (value.isPresent() ? KEY + "=***" : "file=" + file) + "]";
        }
    }

    /** {@value #FILE_KEY}, or {@value #DEFAULT_FILE_NAME} in the H2 database's folder ({@code ./data} otherwise). */
    static Path file(HubProperties properties) {
        return properties.find(FILE_KEY).map(String::trim).map(Path::of).orElseGet(() ->
                DatabaseSettings.from(properties).h2File().map(db -> db.resolveSibling(DEFAULT_FILE_NAME))
                        .orElse(Path.of("data", DEFAULT_FILE_NAME)));
    }

    /** A new random key (tests, and the content of a new key file). */
    public static KeyEncryptionKey random() {
        return parse(randomBase64(), "a random key");
    }

    static KeyEncryptionKey parse(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + " is not base64 (it must hold 32 random bytes in base64, as `openssl"
                    + " rand -base64 32` prints)");
        }
        if (bytes.length != BYTES) {
            throw new ConfigException(source + " holds " + bytes.length + " bytes, not 32 (make one with `openssl"
                    + " rand -base64 32`)");
        }
        return new KeyEncryptionKey(bytes, source);
    }

    private static String randomBase64() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    SecretKey secretKey() {
        return key;
    }

    /** Where the key came from, for error messages: the configuration key or the file. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[from " + source + "]";
    }
}
