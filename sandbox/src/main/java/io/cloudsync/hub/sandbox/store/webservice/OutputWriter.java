package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Language;
import java.util.List;
import java.util.Set;

/**
 * Writes one webservice answer, in JSON or in PrestaShop's XML. Callers describe the document (lists, records,
 * fields, associations); each format decides the shape (JSON collapses a one-language field to a string, XML never
 * does).
 */
interface OutputWriter {

    String contentType();

    void startDocument();

    void endDocument();

    /** A list answer with no rows: {@code []} in JSON. */
    void emptyList(String plural);

    void startList(String plural);

    void endList();

    /** A record inside a list, or the top-level object of a single-record answer. */
    void startRecord(String singular);

    void endRecord();

    /** The id-only entry of a list without {@code display}. */
    void minimalRecord(String singular, long id, String href);

    void id(String name, long value);

    void number(String name, long value);

    /** A string, or JSON null / an empty XML element when {@code value} is null. */
    void text(String name, String value);

    void localized(String name, List<Language> languages, String[] values);

    void startAssociations();

    void association(String name, String nodeType, List<String> fields, List<String[]> entries);

    void endAssociations();

    void errors(List<WebserviceException> errors);

    /** {@code GET /api/}: what the key may do. */
    void startApi(String shopName);

    void apiResource(String name, String description, String href, Set<String> methods);

    void endApi();

    /** A product's images: {@code declination} entries pointing at each image. */
    void productImages(long productId, String href, int[] imageIds);

    byte[] bytes();
}
