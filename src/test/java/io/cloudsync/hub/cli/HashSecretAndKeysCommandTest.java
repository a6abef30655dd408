package io.cloudsync.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.app.HubMain;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.api.SigningKeyRepository;
import io.cloudsync.hub.api.StoredSigningKey;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hash-secret} and {@code keys list|rotate} as ops run them. */
class HashSecretAndKeysCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("hub.db.url");
    }

    private int run(Object command, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void hashSecretReadsStandardInputAndPrintsAHashThatMatches() {
        int exit = run(new HashSecretCommand(new ByteArrayInputStream("my-client-secret\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(exit).isZero();
        String hash = out.toString().strip();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("my-client-secret");
        assertThat(SecretHasher.problem(hash)).isEmpty();
        assertThat(new SecretHasher().matches("my-client-secret", hash)).isTrue();
        assertThat(new SecretHasher().matches("other-secret", hash)).isFalse();
    }

    @Test
    void hashSecretIsACommandOfTheHubAndTakesSecretForScripts() {
        int exit = run(new HubMain(), "hash-secret", "--secret", "scripted-secret");

        assertThat(exit).isZero();
        assertThat(new SecretHasher().matches("scripted-secret", out.toString().strip())).isTrue();
        String configured = out.toString().strip();
        assertThat(io.cloudsync.hub.api.ApiClients.problems(Map.of("hub.api.clients", "erp",
                "hub.api.client.erp.secret-hash", configured, "hub.api.client.erp.scopes", "read"))).isEmpty();
    }

    @Test
    void hashSecretRefusesAnEmptyOrShortSecret() {
        assertThat(run(new HashSecretCommand(new ByteArrayInputStream(new byte[0])))).isEqualTo(2);
        assertThat(run(new HashSecretCommand(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no secret given").contains("at least 8");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void keysRotateRetiresTheSignerAndKeepsItPublished() {
        System.setProperty("hub.db.url", "jdbc:h2:file:" + dir.resolve("hub"));

        assertThat(run(new HubMain(), "keys", "list")).isZero();
        String first = out.toString().lines().filter(l -> l.startsWith("signing key")).findFirst().orElseThrow()
                .split("\\s+")[2];
        assertThat(run(new HubMain(), "keys", "rotate")).isZero();

        assertThat(out.toString()).contains("rotated: " + first + " retired");
        try (var dataSource = Database.openMigrated(DatabaseSettings.from(HubProperties.load()))) {
            List<StoredSigningKey> keys = new SigningKeyRepository(dataSource).findAll();
            assertThat(keys).hasSize(2);
            assertThat(keys.get(0).active()).isTrue();
            assertThat(keys.get(1).kid()).isEqualTo(first);
            assertThat(keys.get(1).retiredAt()).isNotNull();
            assertThat(out.toString()).contains("published    " + keys.get(0).kid() + ", " + first)
                    .doesNotContain("\"d\"");
        }
    }
}
