package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Write bodies are well-formed XML whatever the text holds, and the store's refusals are read back. */
class StoreXmlTest {

    @Test
    void valuesAreEscapedAndLanguagesNamed() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "3");
        fields.put("reference", "A&B \"x\"");

        String xml = StoreXml.entity("product", fields, Map.of("description", "<p>Algodón ]]> 100%</p>"), 2);

        assertThat(xml).endsWith("<prestashop><product><id>3</id><reference>A&amp;B &quot;x&quot;</reference>"
                + "<description><language id=\"2\">&lt;p&gt;Algodón ]]&gt; 100%&lt;/p&gt;</language></description>"
                + "</product></prestashop>");
    }

    @Test
    void theStoresErrorMessagesAreReadFromJsonAndXml() {
        assertThat(StoreClient.errorMessages("{\"errors\":[{\"code\":85,\"message\":\"Validation error: \\\"price\\\"\"}]}"))
                .isEqualTo("Validation error: \"price\"");
        assertThat(StoreClient.errorMessages("<prestashop><errors><error><code><![CDATA[90]]></code><message>"
                + "<![CDATA[id is required when modifying a resource]]></message></error></errors></prestashop>"))
                .isEqualTo("id is required when modifying a resource");
        assertThat(StoreClient.errorMessages("<html>Bad gateway</html>")).isEmpty();
    }
}
