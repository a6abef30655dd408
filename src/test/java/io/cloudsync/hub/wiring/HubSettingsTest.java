package io.cloudsync.hub.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSettingsTest {

    @Test
    void theDefaultsMakeEveryAreasRecord() {
        HubSettings settings = HubSettings.from(HubProperties.of(Map.of()));

        assertThat(settings.retry().maxAttempts()).isEqualTo(5);
        assertThat(settings.retry().maxDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.sink().batchSize()).isEqualTo(100);
        assertThat(settings.images().imageType()).isEqualTo("large_default");
        assertThat(settings.api().tokens().ttl()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.dashboard().client()).isEmpty();
        assertThat(settings.server().maxConnections()).isEqualTo(256);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        HubProperties bad = HubProperties.of(Map.of("hub.marketsync.batch-size", "0", "hub.http.read-timeout", "soon",
                "hub.store.friendly-urls", "maybe"));

        assertThat(HubSettings.problems(bad)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("hub.marketsync.batch-size"))
                .anySatisfy(p -> assertThat(p).contains("hub.http.read-timeout"))
                .anySatisfy(p -> assertThat(p).contains("hub.store.friendly-urls"));
        assertThatThrownBy(() -> HubSettings.from(bad)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("3 problem(s)").hasMessageContaining("hub.marketsync.batch-size")
                .hasMessageContaining("hub.http.read-timeout").hasMessageContaining("hub.store.friendly-urls");
    }

    @Test
    void aRuleAcrossKeysIsAProblemToo() {
        HubProperties bad = HubProperties.of(Map.of("hub.retry.initial-delay", "90000", "hub.retry.max-delay", "1000"));

        assertThat(HubSettings.problems(bad)).singleElement().asString().contains("hub.retry.max-delay");
    }

    @Test
    void noSecretReachesAProblemText() {
        HubProperties bad = HubProperties.of(Map.of("hub.api.key-encryption-key", "c2VjcmV0LXRvby1zaG9ydA=="));

        assertThat(HubSettings.problems(bad)).singleElement().asString().contains("hub.api.key-encryption-key")
                .doesNotContain("c2VjcmV0LXRvby1zaG9ydA==");
    }
}
