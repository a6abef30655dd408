package io.cloudsync.hub.store;

import java.util.Map;

/**
 * PrestaShop Webservice write bodies: {@code <prestashop><product><id>3</id><price>12.5</price><name><language
 * id="1">…</language></name></product></prestashop>}. Values are XML-escaped (HTML descriptions included);
 * multi-language fields carry one language, which a PATCH changes alone.
 */
public final class StoreXml {

    private StoreXml() {
    }

    /**
     * One entity: {@code fields} as plain elements and {@code perLanguage} as multi-language elements of
     * {@code languageId}, in the order given.
     */
    public static String entity(String element, Map<String, String> fields, Map<String, String> perLanguage,
                                int languageId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop><")
                .append(element).append('>');
        fields.forEach((name, value) -> xml.append('<').append(name).append('>').append(escape(value))
                .append("</").append(name).append('>'));
        perLanguage.forEach((name, value) -> xml.append('<').append(name).append("><language id=\"").append(languageId)
                .append("\">").append(escape(value)).append("</language></").append(name).append('>'));
        return xml.append("</").append(element).append("></prestashop>").toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        continue; // not allowed in XML 1.0
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
