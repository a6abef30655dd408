package io.cloudsync.hub.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.check.CheckResult;
import io.cloudsync.hub.check.ConfigCheck;
import io.cloudsync.hub.config.HubProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code check} and the hub's start read the same settings records: whatever value would stop the hub from starting,
 * {@code check} names. Every key of the defaults is tried with values of the wrong kind.
 */
class CheckAgreesWithStartTest {

    private static final List<String> WRONG_VALUES = List.of("not a value", "-5", "0", "");

    @Test
    void everyValueTheHubRefusesFailsTheCheck() {
        List<String> missed = new ArrayList<>();
        int refused = 0;
        for (String key : HubProperties.knownKeys()) {
            for (String wrong : WRONG_VALUES) {
                HubProperties properties = HubProperties.of(Map.of(key, wrong));
                if (HubSettings.problems(properties).isEmpty()) {
                    continue;
                }
                refused++;
                CheckResult check = new ConfigCheck(HubProperties.knownKeys()).check(properties, properties.userKeys());
                if (check.ok()) {
                    missed.add(key + "=" + wrong);
                }
            }
        }
        assertThat(refused).as("values the hub refuses").isGreaterThan(40);
        assertThat(missed).as("values the hub refuses that check passes").isEmpty();
    }

    @Test
    void aProblemOnlyTheSettingsSeeIsInTheCheck() {
        HubProperties properties = HubProperties.of(Map.of("hub.retry.initial-delay", "90000",
                "hub.retry.max-delay", "1000"));

        CheckResult check = new ConfigCheck(HubProperties.knownKeys()).check(properties, properties.userKeys());

        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).anySatisfy(p -> assertThat(p).contains("hub.retry.max-delay")
                .contains("hub.retry.initial-delay"));
    }
}
