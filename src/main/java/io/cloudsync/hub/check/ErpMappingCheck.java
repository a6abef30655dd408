package io.cloudsync.hub.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.mapping.FieldSource;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.erp.mapping.TrytonMappingLoader;
import io.cloudsync.hub.erp.mapping.ValueKind;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonCalls;
import io.cloudsync.hub.erp.tryton.TrytonException;
import io.cloudsync.hub.http.TransportException;
import io.cloudsync.hub.marketsync.mapping.MappingFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Tryton mapping file ({@code hub.erp.tryton.mapping-file}): it must parse (every problem with its line), and,
 * when Tryton is reachable, every field it maps must be a writable field of the section's model
 * ({@code model.<name>.fields_get}) of a type its value can be sent as.
 */
public final class ErpMappingCheck {

    /** Tryton field types each kind of value may be written to. */
    static final Map<ValueKind, Set<String>> TYPES = Map.of(
            ValueKind.TEXT, Set.of("char", "text", "selection"),
            ValueKind.DECIMAL, Set.of("numeric", "float"),
            ValueKind.BOOLEAN, Set.of("boolean"),
            ValueKind.INTEGER, Set.of("integer", "biginteger", "many2one", "numeric", "float"));

    private final Path file;

    public ErpMappingCheck(Path file) {
        this.file = file;
    }

    /** @param tryton Tryton, to check the field names against its models; null to check the file only */
    public CheckResult check(TrytonCalls tryton) {
        String subject = "Tryton mapping " + file;
        if (!Files.isRegularFile(file)) {
            return CheckResult.passed(subject, List.of("no mapping file: Tryton gets the hub's own fields only"));
        }
        String yaml;
        TrytonMapping mapping;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
            mapping = TrytonMappingLoader.parse(yaml, file.toString());
        } catch (IOException e) {
            return CheckResult.failed(subject, List.of("cannot be read: " + e.getMessage()));
        } catch (MappingFileException e) {
            return CheckResult.failed(subject, e.problems());
        }
        List<String> notes = new ArrayList<>(List.of(mapping.template().size() + " template fields, "
                + mapping.variant().size() + " variant fields, " + mapping.sale().size() + " sale fields"));
        if (tryton == null) {
            return CheckResult.passed(subject, notes);
        }
        List<String> problems = new ArrayList<>();
        try {
            compare(yaml, TrytonMapping.TEMPLATE, mapping.template(), tryton, problems);
            compare(yaml, TrytonMapping.VARIANT, mapping.variant(), tryton, problems);
            compare(yaml, TrytonMapping.SALE, mapping.sale(), tryton, problems);
        } catch (TransportException | TrytonException e) {
            notes.add("not compared with Tryton's models: " + e.getMessage());
            return CheckResult.passed(subject, notes);
        }
        if (!problems.isEmpty()) {
            return CheckResult.failed(subject, problems);
        }
        notes.add("every field it maps is a field of Tryton's models");
        return CheckResult.passed(subject, notes);
    }

    private static void compare(String yaml, String section, Map<String, FieldSource> fields, TrytonCalls tryton,
                                List<String> problems) {
        if (fields.isEmpty()) {
            return;
        }
        String model = TrytonMapping.MODELS.get(section);
        JsonNode known = tryton.call(TrytonCall.model(model, "fields_get", List.of()));
        fields.forEach((field, source) -> {
            String where = "line " + TrytonMappingLoader.lineOf(yaml, section, field) + ", " + section + "." + field
                    + ": ";
            JsonNode definition = known.get(field);
            if (definition == null) {
                problems.add(where + model + " has no field '" + field + "' in this Tryton");
                return;
            }
            String type = definition.path("type").asText();
            ValueKind kind = source.kind();
            if (!TYPES.get(kind).contains(type)) {
                problems.add(where + model + "." + field + " is a " + type + " field; a " + kind.keyword()
                        + " value cannot be written to it");
            } else if (definition.path("readonly").asBoolean(false)) {
                problems.add(where + model + "." + field + " is read-only in Tryton");
            }
        });
    }
}
