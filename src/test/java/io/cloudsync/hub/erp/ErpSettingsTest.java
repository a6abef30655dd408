package io.cloudsync.hub.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErpSettingsTest {

    private static ErpSettings read(Map<String, String> keys) {
        return ErpSettings.from(HubProperties.of(keys));
    }

    @Test
    void byDefaultThereIsNoErp() {
        ErpSettings settings = read(Map.of());

        assertThat(settings.tryton().configured()).isFalse();
        assertThat(settings.stockMaster()).isFalse();
        assertThat(settings.lowStockThreshold()).isEqualTo(5);
        assertThat(ErpSettings.derivedProperties(HubProperties.of(Map.of()).asMap()))
                .containsEntry("hub.erp.enabled", "false").containsEntry("hub.erp.stock-master-enabled", "false");
    }

    @Test
    void aUrlTurnsTheErpOnAndTheRpcUrlNamesTheDatabase() {
        Map<String, String> keys = Map.of("hub.erp.tryton.url", "http://127.0.0.1:8000", "hub.erp.tryton.database", "shop",
                "hub.erp.tryton.password", "s3cret-pass", "hub.erp.stock-master", "true");
        ErpSettings settings = read(keys);

        assertThat(settings.tryton().rpcUrl()).isEqualTo("http://127.0.0.1:8000/shop/");
        assertThat(settings.tryton().toString()).doesNotContain("s3cret-pass");
        assertThat(ErpSettings.derivedProperties(keys))
                .containsEntry("hub.erp.enabled", "true").containsEntry("hub.erp.stock-master-enabled", "true");
    }

    @Test
    void theStockMasterNeedsAnErpToRun() {
        assertThat(ErpSettings.derivedProperties(Map.of("hub.erp.stock-master", "true")))
                .containsEntry("hub.erp.stock-master-enabled", "false");
    }

    @Test
    void wrongValuesAreNamedByTheirKey() {
        Map<String, String> keys = new HashMap<>();
        keys.put("hub.erp.tryton.url", "ftp://erp");
        assertThatThrownBy(() -> read(keys)).isInstanceOf(ConfigException.class).hasMessageContaining("hub.erp.tryton.url");
        assertThatThrownBy(() -> read(Map.of("hub.erp.stock-cron", "every five minutes")))
                .hasMessageContaining("hub.erp.stock-cron");
        assertThatThrownBy(() -> read(Map.of("hub.erp.stock-master", "yes"))).hasMessageContaining("hub.erp.stock-master");
        assertThatThrownBy(() -> read(Map.of("hub.inventory.low-stock-threshold", "-1")))
                .hasMessageContaining("hub.inventory.low-stock-threshold");
        assertThatThrownBy(() -> read(Map.of("hub.erp.tryton.url", "http://erp:8000/", "hub.erp.tryton.user", " ")))
                .hasMessageContaining("hub.erp.tryton.user");
        assertThatThrownBy(() -> read(Map.of("hub.erp.tryton.batch-size", "0")))
                .hasMessageContaining("hub.erp.tryton.batch-size");
    }
}
