package io.cloudsync.hub.sandbox.store.webservice;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.cloudsync.hub.sandbox.store.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** PrestaShop's JSON output ({@code WebserviceOutputJSON}), streamed. */
final class JsonOutput implements OutputWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private final ByteArrayBuilder buffer = new ByteArrayBuilder(8192);
    private final JsonGenerator json;

    JsonOutput() {
        try {
            json = FACTORY.createGenerator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public void startDocument() {
        io(() -> json.writeStartObject());
    }

    @Override
    public void endDocument() {
        io(() -> json.writeEndObject());
    }

    @Override
    public void emptyList(String plural) {
        io(() -> {
            json.writeStartArray();
            json.writeEndArray();
        });
    }

    @Override
    public void startList(String plural) {
        io(() -> json.writeArrayFieldStart(plural));
    }

    @Override
    public void endList() {
        io(() -> json.writeEndArray());
    }

    @Override
    public void startRecord(String singular) {
        io(() -> {
            if (json.getOutputContext().inArray()) {
                json.writeStartObject();
            } else {
                json.writeObjectFieldStart(singular);
            }
        });
    }

    @Override
    public void endRecord() {
        io(() -> json.writeEndObject());
    }

    @Override
    public void minimalRecord(String singular, long id, String href) {
        io(() -> {
            json.writeStartObject();
            json.writeNumberField("id", id);
            json.writeEndObject();
        });
    }

    @Override
    public void id(String name, long value) {
        io(() -> json.writeNumberField(name, value));
    }

    @Override
    public void number(String name, long value) {
        io(() -> json.writeNumberField(name, value));
    }

    @Override
    public void text(String name, String value) {
        io(() -> {
            if (value == null) {
                json.writeNullField(name);
            } else {
                json.writeStringField(name, value);
            }
        });
    }

    @Override
    public void localized(String name, List<Language> languages, String[] values) {
        io(() -> {
            if (values.length == 1) {
                json.writeStringField(name, values[0]);
                return;
            }
            json.writeArrayFieldStart(name);
            for (int i = 0; i < values.length; i++) {
                json.writeStartObject();
                json.writeStringField("id", Integer.toString(languages.get(i).id()));
                json.writeStringField("value", values[i]);
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    @Override
    public void startAssociations() {
        io(() -> json.writeObjectFieldStart("associations"));
    }

    @Override
    public void association(String name, String nodeType, List<String> fields, List<String[]> entries) {
        io(() -> {
            json.writeArrayFieldStart(name);
            for (String[] entry : entries) {
                json.writeStartObject();
                for (int i = 0; i < fields.size(); i++) {
                    json.writeStringField(fields.get(i), entry[i]);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    @Override
    public void endAssociations() {
        io(() -> json.writeEndObject());
    }

    @Override
    public void errors(List<WebserviceException> errors) {
        io(() -> {
            json.writeStartObject();
            json.writeArrayFieldStart("errors");
            for (WebserviceException error : errors) {
                json.writeStartObject();
                json.writeNumberField("code", error.code());
                json.writeStringField("message", error.getMessage());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    @Override
    public void startApi(String shopName) {
        io(() -> {
            json.writeObjectFieldStart("api");
            json.writeStringField("shopName", shopName);
        });
    }

    @Override
    public void apiResource(String name, String description, String href, Set<String> methods) {
        io(() -> {
            json.writeObjectFieldStart(name);
            json.writeStringField("description", description);
            json.writeStringField("href", href);
            for (String method : List.of("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD")) {
                json.writeStringField(method.toLowerCase(java.util.Locale.ROOT), Boolean.toString(methods.contains(method)));
            }
            json.writeEndObject();
        });
    }

    @Override
    public void endApi() {
        io(() -> json.writeEndObject());
    }

    @Override
    public void productImages(long productId, String href, int[] imageIds) {
        io(() -> {
            startRecord("image");
            json.writeNumberField("id", productId);
            json.writeArrayFieldStart("declination");
            for (int imageId : imageIds) {
                json.writeStartObject();
                json.writeStringField("id", Integer.toString(imageId));
                json.writeStringField("xlink_href", href + "/" + imageId);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    @Override
    public byte[] bytes() {
        io(json::flush);
        return buffer.toByteArray();
    }

    private interface JsonStep {
        void run() throws IOException;
    }

    private static void io(JsonStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
