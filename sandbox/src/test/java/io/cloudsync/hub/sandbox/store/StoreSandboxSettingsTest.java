package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSandboxSettingsTest {

    @Test
    void theDefaultsComeFromHubDefaults() {
        StoreSandboxSettings settings = StoreSandboxSettings.from(HubProperties.of(Map.of()));

        assertThat(settings).isEqualTo(new StoreSandboxSettings(8091, StoreSandboxSettings.SANDBOX_KEY, 2000, 42,
                "Europe/Madrid", List.of("es", "en"), 400, 1500, 90, 30, new LowStockSales(25, 5)));
    }

    @Test
    void overridesAreRead() {
        StoreSandboxSettings settings = StoreSandboxSettings.from(HubProperties.of(Map.of(
                "hub.sandbox.store-port", "0", "hub.sandbox.languages", " en , fr ", "hub.sandbox.timezone",
                "America/Chicago", "hub.sandbox.products", "100000", "hub.sandbox.activity-per-minute", "0")));

        assertThat(settings.port()).isZero();
        assertThat(settings.languages()).containsExactly("en", "fr");
        assertThat(settings.timezone()).isEqualTo("America/Chicago");
        assertThat(settings.products()).isEqualTo(100_000);
        assertThat(settings.activityPerMinute()).isZero();
    }

    @Test
    void lowStockSalesSellDownToTheHubsThreshold() {
        StoreSandboxSettings settings = StoreSandboxSettings.from(HubProperties.of(Map.of(
                "hub.sandbox.low-stock-share", "100", "hub.inventory.low-stock-threshold", "12")));

        assertThat(settings.lowStock()).isEqualTo(new LowStockSales(100, 12));
        assertThatThrownBy(() -> StoreSandboxSettings.from(HubProperties.of(Map.of("hub.sandbox.low-stock-share", "101"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.sandbox.low-stock-share");
    }

    @Test
    void badValuesAreRefusedWithTheKeyInTheMessage() {
        assertThatThrownBy(() -> StoreSandboxSettings.from(HubProperties.of(Map.of("hub.sandbox.timezone", "Mars/Base"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.sandbox.timezone");
        assertThatThrownBy(() -> StoreSandboxSettings.from(HubProperties.of(Map.of("hub.sandbox.languages", "spanish"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.sandbox.languages");
        assertThatThrownBy(() -> StoreSandboxSettings.from(HubProperties.of(Map.of("hub.sandbox.languages", "es,es"))))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> StoreSandboxSettings.from(HubProperties.of(Map.of("hub.sandbox.products", "-1"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.sandbox.products");
    }
}
