package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Customer;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The real customer of a PrestaShop 1.7.8 demo shop (fixture, with its passwd and secure_key) as the canonical customer. */
class CustomerNormaliserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAllowlistNamesNoSecret() {
        assertThat(CustomerNormaliser.DISPLAY).startsWith("[").endsWith("]")
                .doesNotContain("passwd", "secure_key", "reset_password", "last_passwd_gen");
    }

    @Test
    void theFixtureCustomerKeepsOnlyTheAllowedFields() throws IOException {
        ObjectNode row = fixture();

        Customer customer = CustomerNormaliser.normalise(row);

        assertThat(customer.id()).isEqualTo(1);
        assertThat(customer.firstname()).isEqualTo("Anonymous");
        assertThat(customer.email()).isEqualTo("anonymous@psgdpr.com");
        assertThat(customer.active()).isFalse();
        assertThat(customer.optin()).isTrue();
        assertThat(customer.defaultGroupId()).isEqualTo(3);
        assertThat(customer.birthday()).as("0000-00-00 is no birthday").isNull();
        assertThat(customer.dateAdd()).isEqualTo(LocalDateTime.of(2022, 5, 17, 17, 49, 52));
        String canonical = CanonicalJson.mapper().writeValueAsString(customer);
        assertThat(canonical).doesNotContain("prestashop").doesNotContain("3afae1637af7b9e48272a78400a5f8c5")
                .doesNotContain("passwd").doesNotContain("secure");
    }

    @Test
    void aBirthdayIsADateAndADeletedCustomerIsSeen() throws IOException {
        ObjectNode row = fixture();
        row.put("birthday", "1980-02-29");
        row.put("deleted", "1");

        assertThat(CustomerNormaliser.normalise(row).birthday()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(CustomerNormaliser.isDeleted(row)).isTrue();
        assertThat(CustomerNormaliser.isDeleted(fixture())).isFalse();
    }

    private static ObjectNode fixture() throws IOException {
        try (InputStream in = CustomerNormaliserTest.class.getResourceAsStream(
                "/sandbox/fixtures/prestashop/customer.airbyte.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
