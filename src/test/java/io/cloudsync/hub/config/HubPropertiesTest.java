package io.cloudsync.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
