package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PrestaShop's XML output: the {@code <prestashop>} envelope, values in CDATA, languages as nodes. Written by hand
 * rather than by Jackson's {@code XmlMapper}: the simulator answers byte for byte as PrestaShop 8 does (its tab
 * and line layout, every value in its own CDATA section and none for an empty value, {@code xlink:href}
 * attributes, a {@code ]]>} split across two sections), which is what clients parse and tests compare; Jackson's
 * generator writes its own layout and escapes instead.
 */
final class XmlOutput implements OutputWriter {

    private final StringBuilder xml = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();
    private final String languagesHref;

    XmlOutput(String apiUrl) {
        this.languagesHref = apiUrl + "languages/";
    }

    @Override
    public String contentType() {
        return "text/xml;charset=utf-8";
    }

    @Override
    public void startDocument() {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
    }

    @Override
    public void endDocument() {
        xml.append("</prestashop>\n");
    }

    @Override
    public void emptyList(String plural) {
        startDocument();
        xml.append('<').append(plural).append(">\n</").append(plural).append(">\n");
        endDocument();
    }

    @Override
    public void startList(String plural) {
        xml.append('<').append(plural).append(">\n");
        open.push(plural);
    }

    @Override
    public void endList() {
        xml.append("</").append(open.pop()).append(">\n");
    }

    @Override
    public void startRecord(String singular) {
        xml.append('<').append(singular).append(">\n");
        open.push(singular);
    }

    @Override
    public void endRecord() {
        xml.append("</").append(open.pop()).append(">\n");
    }

    @Override
    public void minimalRecord(String singular, long id, String href) {
        xml.append("\t<").append(singular).append(" id=\"").append(id).append("\" xlink:href=\"")
                .append(escape(href)).append("\"/>\n");
    }

    @Override
    public void id(String name, long value) {
        element(name, Long.toString(value));
    }

    @Override
    public void number(String name, long value) {
        element(name, Long.toString(value));
    }

    @Override
    public void text(String name, String value) {
        if (value == null) {
            xml.append('\t').append('<').append(name).append("></").append(name).append(">\n");
        } else {
            element(name, value);
        }
    }

    @Override
    public void localized(String name, List<Language> languages, String[] values) {
        xml.append("\t<").append(name).append(">\n");
        for (int i = 0; i < values.length; i++) {
            int id = languages.get(i).id();
            xml.append("\t\t<language id=\"").append(id).append("\" xlink:href=\"").append(languagesHref).append(id)
                    .append("\">");
            cdata(values[i]);
            xml.append("</language>\n");
        }
        xml.append("\t</").append(name).append(">\n");
    }

    @Override
    public void startAssociations() {
        xml.append("<associations>\n");
    }

    @Override
    public void association(String name, String nodeType, List<String> fields, List<String[]> entries) {
        xml.append('<').append(name).append(" nodeType=\"").append(nodeType).append('"');
        if (!name.equals("order_rows")) {
            xml.append(" api=\"").append(name).append('"');
        }
        xml.append(">\n");
        for (String[] entry : entries) {
            xml.append('\t').append('<').append(nodeType).append(">\n");
            for (int i = 0; i < fields.size(); i++) {
                element(fields.get(i), entry[i]);
            }
            xml.append("\t</").append(nodeType).append(">\n");
        }
        xml.append("</").append(name).append(">\n");
    }

    @Override
    public void endAssociations() {
        xml.append("</associations>\n");
    }

    @Override
    public void errors(List<WebserviceException> errors) {
        startDocument();
        xml.append("<errors>\n");
        for (WebserviceException error : errors) {
            xml.append("<error>\n<code>");
            cdata(Integer.toString(error.code()));
            xml.append("</code>\n<message>");
            cdata(error.getMessage());
            xml.append("</message>\n</error>\n");
        }
        xml.append("</errors>\n");
        endDocument();
    }

    @Override
    public void startApi(String shopName) {
        xml.append("<api shopName=\"").append(escape(shopName)).append("\">\n");
    }

    @Override
    public void apiResource(String name, String description, String href, Set<String> methods) {
        xml.append('<').append(name).append(" xlink:href=\"").append(escape(href)).append('"');
        for (String method : List.of("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD")) {
            xml.append(' ').append(method.toLowerCase(Locale.ROOT)).append("=\"").append(methods.contains(method))
                    .append('"');
        }
        xml.append(">\n<description xlink:href=\"").append(escape(href)).append("\">").append(escape(description))
                .append("</description>\n<schema type=\"blank\" xlink:href=\"").append(escape(href))
                .append("?schema=blank\"/>\n</").append(name).append(">\n");
    }

    @Override
    public void endApi() {
        xml.append("</api>\n");
    }

    @Override
    public void productImages(long productId, String href, int[] imageIds) {
        xml.append("<image id=\"").append(productId).append("\" xlink:href=\"").append(escape(href)).append("\">\n");
        for (int imageId : imageIds) {
            xml.append("\t<declination id=\"").append(imageId).append("\" xlink:href=\"").append(escape(href))
                    .append('/').append(imageId).append("\"/>\n");
        }
        xml.append("</image>\n");
    }

    @Override
    public byte[] bytes() {
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void element(String name, String value) {
        xml.append('\t').append('<').append(name).append('>');
        cdata(value);
        xml.append("</").append(name).append(">\n");
    }

    private void cdata(String value) {
        if (value.isEmpty()) {
            return;
        }
        xml.append("<![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
