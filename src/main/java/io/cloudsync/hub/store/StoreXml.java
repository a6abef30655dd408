package io.cloudsync.hub.store;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/**
 * PrestaShop Webservice write bodies: {@code <prestashop><product><id>3</id><price>12.5</price><name><language
 * id="1">…</language></name></product></prestashop>}, written by Jackson's XML generator (which escapes the values,
 * HTML descriptions included). Multi-language fields carry one language, which a PATCH changes alone.
 */
public final class StoreXml {

    private static final XmlMapper XML = XmlMapper.builder().enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();
    /** Control characters XML 1.0 cannot carry at all, even escaped: dropped rather than failing the write. */
    private static final Pattern NOT_XML_1_0 = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private StoreXml() {
    }

    /**
     * One entity: {@code fields} as plain elements and {@code perLanguage} as multi-language elements of
     * {@code languageId}, in the order given.
     */
    public static String entity(String element, Map<String, String> fields, Map<String, String> perLanguage,
                                int languageId) {
        return entity(element, fields, perLanguage, languageId, List.of());
    }

    /**
     * Rows of an association, as a write sends them: {@code <associations><cart_rows><cart_row><id_product>…}.
     *
     * @param name  the association ({@code cart_rows})
     * @param entry the element of one row ({@code cart_row})
     */
    public record Association(String name, String entry, List<Map<String, String>> rows) {

        public Association {
            rows = List.copyOf(rows);
        }
    }

    /** One entity with its associations after its fields. */
    public static String entity(String element, Map<String, String> fields, Map<String, String> perLanguage,
                                int languageId, List<Association> associations) {
        StringWriter out = new StringWriter();
        try (ToXmlGenerator xml = (ToXmlGenerator) XML.createGenerator(out)) {
            xml.initGenerator();
            xml.setNextName(new QName("prestashop"));
            xml.writeStartObject();
            xml.writeObjectFieldStart(element);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                xml.writeStringField(field.getKey(), xmlText(field.getValue()));
            }
            for (Map.Entry<String, String> field : perLanguage.entrySet()) {
                xml.writeObjectFieldStart(field.getKey());
                xml.writeObjectFieldStart("language");
                xml.setNextIsAttribute(true);
                xml.writeStringField("id", Integer.toString(languageId));
                xml.setNextIsAttribute(false);
                xml.setNextIsUnwrapped(true);
                xml.writeStringField("text", xmlText(field.getValue()));
                xml.writeEndObject();
                xml.writeEndObject();
            }
            writeAssociations(xml, associations);
            xml.writeEndObject();
            xml.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeAssociations(ToXmlGenerator xml, List<Association> associations) throws IOException {
        if (associations.isEmpty()) {
            return;
        }
        xml.writeObjectFieldStart("associations");
        for (Association association : associations) {
            xml.writeObjectFieldStart(association.name());
            for (Map<String, String> row : association.rows()) {
                xml.writeObjectFieldStart(association.entry());
                for (Map.Entry<String, String> field : row.entrySet()) {
                    xml.writeStringField(field.getKey(), xmlText(field.getValue()));
                }
                xml.writeEndObject();
            }
            xml.writeEndObject();
        }
        xml.writeEndObject();
    }

    private static String xmlText(String value) {
        return NOT_XML_1_0.matcher(value).replaceAll("");
    }
}
