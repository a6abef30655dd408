package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.OwnerOnlyFiles;
import io.cloudsync.hub.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private signing keys rest encrypted under the key-encryption key; plain rows of old versions get sealed. */
class SigningKeyAtRestTest {

    private static final Duration LIFE = Duration.ofMinutes(61);

    @TempDir
    Path dir;
    private TestDatabase database;
    private SigningKeyRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabase.create(TestDatabase.Engine.H2);
        repository = new SigningKeyRepository(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theStoredKeyIsAnEncryptedJweNotAJwk() {
        KeyRing ring = ring(KeyEncryptionKey.random());
        SigningKey active = ring.active();

        String stored = repository.findAll().get(0).privateJwk();

        assertThat(stored).doesNotContain("\"d\"").doesNotContain(active.pair().getPrivateExponent().toString())
                .startsWith("eyJ").matches("[A-Za-z0-9_-]*\\.\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThatThrownBy(() -> RSAKey.parse(stored)).isInstanceOf(ParseException.class);
    }

    @Test
    void theSameKeyEncryptionKeyOpensTheKeyAgain() {
        KeyEncryptionKey kek = KeyEncryptionKey.random();
        SigningKey first = ring(kek).active();

        SigningKey again = ring(kek).active();

        assertThat(again.kid()).isEqualTo(first.kid());
        assertThat(again.pair()).isEqualTo(first.pair());
    }

    @Test
    void anotherKeyEncryptionKeyIsAClearErrorNamingTheKeyWithoutKeyMaterial() {
        SigningKey active = ring(KeyEncryptionKey.random()).active();

        assertThatThrownBy(() -> ring(KeyEncryptionKey.random()).active())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the stored API signing key " + active.kid() + " cannot be decrypted")
                .hasMessageContaining(KeyEncryptionKey.KEY)
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(
                        active.pair().getPrivateExponent().toString()));
    }

    @Test
    void aPlainRowOfAnEarlierVersionIsEncryptedOnFirstRead() throws Exception {
        RSAKey old = ForgedTokens.otherKey("hub-old");
        old = new RSAKey.Builder(old).algorithm(JWSAlgorithm.RS256).build();
        repository.addFirst(new StoredSigningKey("hub-old", "RS256", old.toJSONString(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), null));
        KeyEncryptionKey kek = KeyEncryptionKey.random();

        SigningKey active = ring(kek).active();

        assertThat(active.kid()).isEqualTo("hub-old");
        assertThat(active.pair()).isEqualTo(old);
        String stored = repository.findAll().get(0).privateJwk();
        assertThat(SigningKeyCipher.sealed(stored)).isTrue();
        assertThat(stored).doesNotContain("\"d\"");
        assertThat(new SigningKeyCipher(kek).open("hub-old", stored)).isEqualTo(old);
    }

    @Test
    void aSealedKeyCannotBePassedOffAsAnotherKeyId() throws Exception {
        SigningKeyCipher cipher = new SigningKeyCipher(KeyEncryptionKey.random());
        String sealed = cipher.seal(ForgedTokens.otherKey("hub-a"));

        assertThatThrownBy(() -> cipher.open("hub-b", sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub-b");
    }

    @Test
    void withoutAConfiguredKeyTheHubCreatesAKeyFileOnlyItsUserCanRead() throws Exception {
        HubProperties properties = HubProperties.of(Map.of("hub.db.url", "jdbc:h2:file:" + dir.resolve("data/hub")));

        KeyEncryptionKey first = KeyEncryptionKey.from(properties);
        KeyEncryptionKey second = KeyEncryptionKey.from(properties);

        Path file = dir.resolve("data/api-signing.kek");
        assertThat(first.source()).contains(file.toString());
        assertThat(second.secretKey()).isEqualTo(first.secretKey());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.FILE_MODE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(OwnerOnlyFiles.FOLDER_MODE);
    }

    @Test
    void aConfiguredKeyWinsAndAMalformedOneIsRefusedWithoutEchoingIt() {
        String configured = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        HubProperties properties = HubProperties.of(Map.of("hub.db.url", "jdbc:h2:file:" + dir.resolve("hub"),
                KeyEncryptionKey.KEY, configured));

        assertThat(KeyEncryptionKey.from(properties).source()).isEqualTo(KeyEncryptionKey.KEY);
        assertThat(dir.resolve("api-signing.kek")).doesNotExist();
        assertThatThrownBy(() -> KeyEncryptionKey.from(properties.with(Map.of(KeyEncryptionKey.KEY, "c2hvcnQta2V5"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not 32")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("c2hvcnQta2V5"));
    }

    private KeyRing ring(KeyEncryptionKey kek) {
        return new KeyRing(repository, new SigningKeyCipher(kek), LIFE, Clock.systemUTC());
    }
}
