package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Trap 9: customers expose passwd and secure_key like the real webservice; a connector has to drop them. */
class CustomerSecretsTest {

    @Test
    void customersLeakAPasswordHashAndASecureKey() {
        try (SandboxStore store = SandboxStore.small()) {
            JsonNode customers = store.json("/api/customers?display=full").path("customers");
            JsonNode registered = null;
            for (JsonNode customer : customers) {
                if (customer.path("is_guest").asText().equals("0")) {
                    registered = customer;
                    break;
                }
            }

            assertThat(registered).isNotNull();
            assertThat(registered.path("passwd").asText()).matches("\\$2y\\$10\\$[./A-Za-z0-9]{53}");
            assertThat(registered.path("secure_key").asText()).matches("[0-9a-f]{32}");
            assertThat(store.json("/api/orders/1").path("order").path("secure_key").asText()).matches("[0-9a-f]{32}");
            assertThat(registered.path("associations").path("groups").get(0).path("id").asText()).isEqualTo("3");
        }
    }
}
