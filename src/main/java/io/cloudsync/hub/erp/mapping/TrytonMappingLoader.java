package io.cloudsync.hub.erp.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.YamlDocument;
import io.cloudsync.hub.marketsync.mapping.MappingFileException;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the Tryton mapping file ({@code mapping/erp-tryton-mapping.yaml}). Each section maps Tryton field names to a
 * value: a YAML true/false or number (a constant), {@code "constant:text"}, a path into the canonical record
 * ({@code summary}), a text template ({@code "{market} {reference}"}), or {@code {path: …, kind: …, stripHtml: …}}.
 * Every problem is collected with its line: an unknown section or key, a field the hub sets itself, a path that
 * names no canonical field, a kind the field's value cannot be sent as.
 */
public final class TrytonMappingLoader {

    static final List<String> SECTIONS = List.of(TrytonMapping.TEMPLATE, TrytonMapping.VARIANT, TrytonMapping.SALE);
    static final List<String> PATH_KEYS = List.of("path", "kind", "stripHtml");
    static final String CONSTANT = "constant:";
    private static final String FIELD_NAME = "[a-z][a-z0-9_]*";

    private TrytonMappingLoader() {
    }

    public static TrytonMapping load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new MappingFileException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** The mapping, or a {@link MappingFileException} listing every problem in file order. */
    public static TrytonMapping parse(String yaml, String source) {
        YamlDocument document;
        try {
            document = YamlDocument.parse(yaml, "");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MappingFileException(source, List.of((line > 0 ? "line " + line + ": " : "")
                    + "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new MappingFileException(source, List.of("not valid YAML: " + e.getMessage()));
        }
        Reading reading = new Reading(document);
        TrytonMapping mapping = reading.mapping();
        if (!reading.problems.isEmpty()) {
            reading.problems.sort(Comparator.comparingInt(Located::line));
            throw new MappingFileException(source, reading.problems.stream().map(Located::text).toList());
        }
        return mapping;
    }

    /** The line of a mapped field in the file, for problems found later (the connected check). */
    public static int lineOf(String yaml, String section, String field) {
        try {
            return YamlDocument.parse(yaml, "").lineOf(section + "." + field);
        } catch (IOException e) {
            return 0;
        }
    }

    private record Located(int line, String text) {
    }

    private static final class Reading {

        private final YamlDocument document;
        private final List<Located> problems = new ArrayList<>();

        Reading(YamlDocument document) {
            this.document = document;
        }

        TrytonMapping mapping() {
            document.duplicateKeys().forEach(path -> problem(path, "is written twice; keep one"));
            JsonNode root = document.tree();
            if (root.isMissingNode() || root.isNull()) {
                return TrytonMapping.standard();
            }
            if (!root.isObject()) {
                problem("", "the file must hold the sections " + String.join(", ", SECTIONS));
                return TrytonMapping.standard();
            }
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!SECTIONS.contains(name)) {
                    problem(name, "is not a section; the sections are " + String.join(", ", SECTIONS));
                }
            }
            Map<String, FieldSource> template = section(root, TrytonMapping.TEMPLATE, List.of(Product.class));
            Map<String, FieldSource> variant = section(root, TrytonMapping.VARIANT, List.of(Variation.class));
            Map<String, FieldSource> sale = section(root, TrytonMapping.SALE,
                    List.of(Order.class, MarketplaceOrder.class));
            kindOf(template, TrytonMapping.TEMPLATE, "name", ValueKind.TEXT);
            kindOf(template, TrytonMapping.TEMPLATE, "list_price", ValueKind.DECIMAL);
            return new TrytonMapping(template, variant, sale);
        }

        private Map<String, FieldSource> section(JsonNode root, String section, List<Class<?>> records) {
            Map<String, FieldSource> fields = new LinkedHashMap<>();
            JsonNode node = root.get(section);
            if (node == null || node.isNull()) {
                return fields;
            }
            if (!node.isObject()) {
                problem(section, "must be a section of 'tryton_field: value' lines");
                return fields;
            }
            Map<String, String> fixed = TrytonMapping.FIXED.get(section);
            node.fields().forEachRemaining(entry -> {
                String field = entry.getKey();
                String path = YamlDocument.child(section, field);
                if (!field.matches(FIELD_NAME)) {
                    problem(path, "'" + field + "' is not a Tryton field name (lower case, digits and _)");
                } else if (fixed.containsKey(field)) {
                    problem(path, "is set by the hub and cannot be mapped: it " + fixed.get(field));
                } else {
                    source(entry.getValue(), path, records).ifPresent(source -> fields.put(field, source));
                }
            });
            return fields;
        }

        private Optional<FieldSource> source(JsonNode value, String path, List<Class<?>> records) {
            if (value.isBoolean()) {
                return Optional.of(new FieldSource.Constant(new FieldValue(ValueKind.BOOLEAN, value.booleanValue())));
            }
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return Optional.of(new FieldSource.Constant(new FieldValue(ValueKind.INTEGER, value.longValue())));
            }
            if (value.isNumber()) {
                return Optional.of(new FieldSource.Constant(new FieldValue(ValueKind.DECIMAL, value.decimalValue())));
            }
            if (value.isTextual()) {
                String text = value.asText();
                if (text.startsWith(CONSTANT)) {
                    return Optional.of(new FieldSource.Constant(new FieldValue(ValueKind.TEXT,
                            text.substring(CONSTANT.length()))));
                }
                if (text.contains("{")) {
                    return template(text, path, records);
                }
                return path(text, null, false, path, records).map(FieldSource.class::cast);
            }
            if (value.isObject()) {
                return longForm(value, path, records);
            }
            problem(path, "needs a value: true/false, a number, \"constant:text\", a path such as summary, a"
                    + " template such as \"{reference}\", or {path: …, kind: …}");
            return Optional.empty();
        }

        private Optional<FieldSource> longForm(JsonNode value, String path, List<Class<?>> records) {
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!PATH_KEYS.contains(name)) {
                    problem(YamlDocument.child(path, name), "is not a known key; known keys: "
                            + String.join(", ", PATH_KEYS));
                }
            }
            JsonNode pathText = value.get("path");
            if (pathText == null || !pathText.isTextual() || pathText.asText().isBlank()) {
                problem(path, "needs path: the canonical field to send");
                return Optional.empty();
            }
            ValueKind kind = null;
            JsonNode kindNode = value.get("kind");
            if (kindNode != null) {
                kind = ValueKind.named(kindNode.asText()).orElse(null);
                if (kind == null) {
                    problem(YamlDocument.child(path, "kind"), "'" + kindNode.asText() + "' is not a kind; use text,"
                            + " decimal, boolean or integer");
                    return Optional.empty();
                }
            }
            JsonNode strip = value.get("stripHtml");
            if (strip != null && !strip.isBoolean()) {
                problem(YamlDocument.child(path, "stripHtml"), "must be true or false");
                return Optional.empty();
            }
            boolean stripHtml = strip != null && strip.booleanValue();
            return path(pathText.asText(), kind, stripHtml, path, records).map(FieldSource.class::cast);
        }

        private Optional<FieldSource> template(String text, String path, List<Class<?>> records) {
            List<FieldSource.Path> placeholders = new ArrayList<>();
            Matcher matcher = FieldSource.Template.PLACEHOLDER.matcher(text);
            boolean ok = true;
            while (matcher.find()) {
                Optional<FieldSource.Path> placeholder = path(matcher.group(1), ValueKind.TEXT, false, path, records,
                        false);
                ok &= placeholder.isPresent();
                placeholder.ifPresent(placeholders::add);
            }
            if (placeholders.isEmpty() && ok) {
                problem(path, "'" + text + "' has a { but no {path} placeholder; for a fixed text write \""
                        + CONSTANT + text + "\"");
                return Optional.empty();
            }
            return ok ? Optional.of(new FieldSource.Template(text, placeholders)) : Optional.empty();
        }

        private Optional<FieldSource.Path> path(String text, ValueKind kind, boolean stripHtml, String path,
                                                List<Class<?>> records) {
            return path(text, kind, stripHtml, path, records, true);
        }

        /**
         * A path compiled for every kind of record it names a field of; a problem when it names none (suggesting a
         * constant when {@code constantHint}: a bare word may have been meant as text).
         */
        private Optional<FieldSource.Path> path(String text, ValueKind kind, boolean stripHtml, String path,
                                                List<Class<?>> records, boolean constantHint) {
            List<CanonicalPath> forms = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            for (Class<?> record : records) {
                String own = text.strip();
                Class<?> root = record;
                if (record == Variation.class && own.startsWith("product.")) {
                    own = own.substring("product.".length());
                    root = Product.class;
                }
                try {
                    forms.add(CanonicalPath.compile(own, root));
                } catch (CanonicalPath.PathException e) {
                    misses.add(e.getMessage());
                }
            }
            if (forms.isEmpty()) {
                problem(path, String.join("; ", misses) + (text.contains(" ") || !constantHint ? ""
                        : "; for a fixed text write \"" + CONSTANT + text.strip() + "\""));
                return Optional.empty();
            }
            ValueKind chosen = kind == null ? ValueKind.of(forms.get(0).type()) : kind;
            for (CanonicalPath form : forms) {
                if (!chosen.accepts(form.type())) {
                    problem(path, "'" + text.strip() + "' is a " + ValueKind.of(form.type()).keyword()
                            + " value and cannot be sent as " + chosen.keyword());
                    return Optional.empty();
                }
            }
            return Optional.of(new FieldSource.Path(text.strip(), forms, chosen, stripHtml));
        }

        private void kindOf(Map<String, FieldSource> fields, String section, String field, ValueKind kind) {
            FieldSource source = fields.get(field);
            ValueKind actual = source == null ? kind : source.kind();
            if (actual != kind) {
                problem(YamlDocument.child(section, field), "must be a " + kind.keyword() + " value, not "
                        + actual.keyword());
                fields.remove(field);
            }
        }

        private void problem(String path, String message) {
            int line = document.lineOf(path);
            String where = (line > 0 ? "line " + line + ", " : "") + (path.isEmpty() ? "top level" : path);
            problems.add(new Located(line, where + ": " + message));
        }
    }
}
