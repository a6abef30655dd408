package io.cloudsync.hub.erp.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErpOrderSettingsTest {

    @Test
    void theDefaultsAreMexicoAndTheImportsPaymentModule() {
        ErpOrderSettings settings = ErpOrderSettings.from(HubProperties.of(Map.of()));

        assertThat(settings.marketplaceCountry()).isEqualTo("MX");
        assertThat(settings.importPaymentModule()).isEqualTo("marketsync");
    }

    @Test
    void aCountryIsTwoLettersOrNothing() {
        assertThat(new ErpOrderSettings(" de ", "m").marketplaceCountry()).isEqualTo("DE");
        assertThat(new ErpOrderSettings("", "m").marketplaceCountry()).isEmpty();
        assertThatThrownBy(() -> new ErpOrderSettings("Mexico", "m")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("hub.erp.orders.marketplace-country");
    }
}
