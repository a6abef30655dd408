package io.cloudsync.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void defaultsThenFileThenSystemProperties() throws IOException {
        Path file = dir.resolve("application.properties");
        Files.writeString(file, "hub.poll.stock=10s\nhub.poll.orders=2m\n");
        Properties overrides = new Properties();
        overrides.setProperty("hub.poll.orders", "3m");
        overrides.setProperty("java.version", "ignored");

        HubProperties properties = HubProperties.load(file, overrides);

        assertThat(properties.get("hub.poll.products")).isEqualTo("60s");
        assertThat(properties.get("hub.poll.stock")).isEqualTo("10s");
        assertThat(properties.get("hub.poll.orders")).isEqualTo("3m");
        assertThat(properties.userKeys()).containsExactlyInAnyOrder("hub.poll.stock", "hub.poll.orders");
        assertThat(properties.asMap()).doesNotContainKey("java.version");
    }

    @Test
    void theContractKeysHaveTheirDocumentedDefaults() {
        HubProperties properties = HubProperties.load(dir.resolve("none.properties"), new Properties());

        assertThat(properties.get("hub.store.api-key")).isEqualTo("0123456789ABCDEF0123456789ABCDEF");
        assertThat(properties.get("hub.marketsync.token")).isEqualTo("sandbox-token");
        assertThat(properties.get("hub.marketsync.private-key")).isEqualTo("sandbox-private-key");
        assertThat(properties.get("hub.store.language")).isEqualTo("es");
        assertThat(properties.get("hub.db.url")).isEqualTo("jdbc:h2:file:./data/hub");
        assertThat(properties.get("hub.poll.customers")).isEqualTo("5m");
        assertThat(properties.get("hub.poll.reconcile")).isEqualTo("6h");
        assertThat(properties.getInt("hub.sandbox.store-port")).isEqualTo(8091);
        assertThat(properties.getInt("hub.sandbox.marketsync-port")).isEqualTo(8092);
        assertThat(properties.getInt("hub.sandbox.products")).isEqualTo(2000);
        assertThat(properties.getInt("hub.sandbox.seed")).isEqualTo(42);
        assertThat(properties.getInt("camel.server.port")).isEqualTo(8080);
        assertThat(properties.getInt("camel.management.port")).isEqualTo(9876);
        assertThat(properties.find("hub.store.shop-id")).isEmpty();
        assertThat(properties.find("hub.marketsync.default-category-id")).isEmpty();
    }

    @Test
    void aMissingKeyOrANonNumberIsAClearError() {
        HubProperties properties = HubProperties.of(java.util.Map.of("hub.sandbox.products", "many"));

        assertThatThrownBy(() -> properties.get("hub.nope")).hasMessage("configuration key 'hub.nope' is not set");
        assertThatThrownBy(() -> properties.getInt("hub.sandbox.products"))
                .hasMessage("configuration key 'hub.sandbox.products' must be a whole number, got 'many'");
    }

    @Test
    void environmentVariableNamesFollowCamelsRule() {
        assertThat(HubProperties.envName("hub.db.url")).isEqualTo("HUB_DB_URL");
        assertThat(HubProperties.envName("hub.store.api-key")).isEqualTo("HUB_STORE_API_KEY");
    }

    @Test
    void theEnvironmentSetsAnyKeyBetweenTheFileAndSystemProperties() throws IOException {
        Path file = dir.resolve("application.properties");
        Files.writeString(file, "hub.poll.stock=10s\nhub.poll.orders=2m\nhub.api.clients=erp\n");
        Properties overrides = new Properties();
        overrides.setProperty("hub.poll.orders", "3m");
        Path hashFile = dir.resolve("erp-hash");
        Files.writeString(hashFile, "  pbkdf2$hash-from-a-file\n");

        HubProperties properties = HubProperties.load(file, overrides, Map.of(
                "HUB_POLL_STOCK", "20s",
                "HUB_POLL_ORDERS", "4m",
                "HUB_API_CLIENT_ERP_SECRET_HASH_FILE", hashFile.toString(),
                "HUB_API_CLIENT_ERP_SCOPES", "read write",
                "HUB_MARKETSYNC_MAPPING_FILE", "mapping/other.yaml",
                "HUB_NO_SUCH_KEY", "x",
                "CAMEL_MAIN_NAME", "left to camel-main",
                "PATH", "/usr/bin"));

        assertThat(properties.get("hub.poll.stock")).isEqualTo("20s");
        assertThat(properties.get("hub.poll.orders")).isEqualTo("3m");
        assertThat(properties.get("hub.api.client.erp.secret-hash")).isEqualTo("pbkdf2$hash-from-a-file");
        assertThat(properties.get("hub.api.client.erp.scopes")).isEqualTo("read write");
        assertThat(properties.get("hub.marketsync.mapping-file")).isEqualTo("mapping/other.yaml");
        assertThat(properties.userKeys()).contains("hub.poll.stock", "hub.api.client.erp.secret-hash");
        assertThat(properties.unmatchedEnvironment()).containsExactly("HUB_NO_SUCH_KEY");
    }

    @Test
    void clientIdsFromTheEnvironmentOpenTheirKeysToIt() throws IOException {
        Path secret = dir.resolve("store-key");
        Files.writeString(secret, "ABCDEFABCDEFABCDEFABCDEFABCDEF12\n");

        HubProperties properties = HubProperties.load(dir.resolve("none.properties"), new Properties(), Map.of(
                "HUB_API_CLIENTS", "shop-erp",
                "HUB_API_CLIENT_SHOP_ERP_SECRET_HASH", "hash",
                "HUB_API_CLIENT_SHOP_ERP_SCOPES_FILE", writeFile("scopes", "read\n"),
                "HUB_STORE_API_KEY_FILE", secret.toString(),
                "HUB_MARKETSYNC_MAPPING_FILE_FILE", writeFile("mapping", "mapping/from-file.yaml")));

        assertThat(properties.get("hub.api.clients")).isEqualTo("shop-erp");
        assertThat(properties.get("hub.api.client.shop-erp.secret-hash")).isEqualTo("hash");
        assertThat(properties.get("hub.api.client.shop-erp.scopes")).isEqualTo("read");
        assertThat(properties.get("hub.store.api-key")).isEqualTo("ABCDEFABCDEFABCDEFABCDEFABCDEF12");
        assertThat(properties.get("hub.marketsync.mapping-file")).isEqualTo("mapping/from-file.yaml");
        assertThat(properties.unmatchedEnvironment()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadNamesTheVariableNeverAValue() {
        Map<String, String> environment = Map.of("HUB_STORE_API_KEY_FILE", dir.resolve("missing").toString());

        assertThatThrownBy(() -> HubProperties.load(dir.resolve("none.properties"), new Properties(), environment))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HUB_STORE_API_KEY_FILE")
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> HubProperties.load(dir.resolve("none.properties"), new Properties(), Map.of(
                "HUB_STORE_API_KEY", "ABCDEFABCDEFABCDEFABCDEFABCDEF12", "HUB_STORE_API_KEY_FILE", "/dev/null")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("set one of them")
                .hasMessageNotContaining("ABCDEF");
    }

    private String writeFile(String name, String content) {
        try {
            Path path = dir.resolve(name);
            Files.writeString(path, content);
            return path.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
