package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a written body the way PrestaShop's {@code SimpleXMLElement} does: every child of the root is an entity.
 * Kept on the JDK's DOM parser (hardened: no DOCTYPE, no XInclude) rather than Jackson's {@code XmlMapper}, because
 * Jackson's XML tree loses what PrestaShop's reading keeps: an attribute and a child element of the same name
 * merge ({@code <language id="1">} beside a field {@code <id>}), one element and a repeated one come back in
 * different shapes, and text beside attributes lands under an empty name. SimpleXML is a DOM; so is this.
 */
final class XmlBodyParser {

    private XmlBodyParser() {
    }

    static List<XmlEntity> parse(String body) {
        Document document;
        try {
            document = builder().parse(new InputSource(new StringReader(body == null ? "" : body)));
        } catch (SAXException | java.io.IOException e) {
            throw new WebserviceException(400, 127, "XML error : " + firstLine(e.getMessage()) + "\nXML length : "
                    + (body == null ? 0 : body.length()));
        }
        List<XmlEntity> entities = new ArrayList<>();
        for (Element entity : children(document.getDocumentElement())) {
            Map<String, FieldInput> fields = new LinkedHashMap<>();
            Map<String, List<Map<String, String>>> associations = new HashMap<>();
            for (Element field : children(entity)) {
                if (field.getTagName().equals("associations")) {
                    for (Element association : children(field)) {
                        associations.put(association.getTagName(), entries(association));
                    }
                    continue;
                }
                List<Element> languages = children(field).stream()
                        .filter(child -> child.getTagName().equals("language")).toList();
                if (languages.isEmpty()) {
                    fields.put(field.getTagName(), FieldInput.of(field.getTextContent()));
                } else {
                    Map<Integer, String> values = new HashMap<>();
                    for (Element language : languages) {
                        try {
                            values.put(Integer.parseInt(language.getAttribute("id").trim()), language.getTextContent());
                        } catch (NumberFormatException e) {
                            throw new WebserviceException(400, 127, "XML error : language id '"
                                    + language.getAttribute("id") + "' of " + field.getTagName() + " is not a number");
                        }
                    }
                    fields.put(field.getTagName(), new FieldInput.PerLanguage(values));
                }
            }
            entities.add(new XmlEntity(entity.getTagName(), fields, associations));
        }
        if (entities.isEmpty()) {
            throw new WebserviceException(400, 127, "XML error : the body holds no entity inside <prestashop>");
        }
        return entities;
    }

    private static List<Map<String, String>> entries(Element association) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Element entry : children(association)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element value : children(entry)) {
                values.put(value.getTagName(), value.getTextContent().trim());
            }
            entries.add(values);
        }
        return entries;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable body" : message.lines().findFirst().orElse(message);
    }
}
