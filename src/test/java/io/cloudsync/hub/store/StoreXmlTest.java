package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Write bodies are well-formed XML whatever the text holds, and the store's refusals are read back. */
class StoreXmlTest {

    @Test
    void valuesAreEscapedAndLanguagesNamed() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "3");
        fields.put("reference", "A&B \"x\" <y>");

        String xml = StoreXml.entity("product", fields, Map.of("description", "<p>Algodón ]]> 100%</p>"), 2);

        assertThat(xml).contains("<prestashop><product><id>3</id><reference>A&amp;B \"x\" &lt;y></reference>"
                + "<description><language id=\"2\">&lt;p>Algodón ]]&gt; 100%&lt;/p></language></description>"
                + "</product></prestashop>");
        Element product = (Element) parse(xml).getDocumentElement().getElementsByTagName("product").item(0);
        assertThat(product.getElementsByTagName("reference").item(0).getTextContent()).isEqualTo("A&B \"x\" <y>");
        Element language = (Element) product.getElementsByTagName("language").item(0);
        assertThat(language.getAttribute("id")).isEqualTo("2");
        assertThat(language.getTextContent()).isEqualTo("<p>Algodón ]]> 100%</p>");
    }

    @Test
    void controlCharactersXmlCannotCarryAreDroppedAndLineBreaksKept() throws Exception {
        String xml = StoreXml.entity("product", Map.of("reference", "a\u0001b\u0000c\td\r\ne"), Map.of(), 1);

        assertThat(parse(xml).getElementsByTagName("reference").item(0).getTextContent()).isEqualTo("abc\td\r\ne");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
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
