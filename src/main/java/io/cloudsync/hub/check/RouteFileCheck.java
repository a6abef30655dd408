package io.cloudsync.hub.check;

import io.cloudsync.hub.config.YamlDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Validates the route files in {@code routes/} before Camel loads them: YAML syntax, Camel's YAML DSL schema
 * (shipped in camel-yaml-dsl), an id on every route, ids unique across files, and placeholders that name a
 * configuration key the hub knows (or carry a default).
 */
public final class RouteFileCheck {

    private static final String SCHEMA = "schema/camelYamlDsl.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(?!env:|sys:|bean:)([^}:]+)(:[^}]*)?}}");
    private static final int MAX_SCHEMA_MESSAGES_PER_FILE = 8;
    private static volatile JsonSchema schema;

    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("^\\{\\{([^}:]+)(?::([^}]*))?}}$");

    private final Map<String, String> properties;

    /** @param properties the configuration, to resolve placeholders the way Camel will before it converts types */
    public RouteFileCheck(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.putAll(io.cloudsync.hub.erp.ErpSettings.derivedProperties(properties));
        this.properties = Map.copyOf(all);
    }

    public CheckResult check(Path directory) {
        if (!Files.isDirectory(directory)) {
            return CheckResult.failed("route files", List.of("no route folder at " + directory.toAbsolutePath()));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".camel.yaml")).sorted().toList();
        } catch (IOException e) {
            return CheckResult.failed("route files", List.of("cannot list " + directory + ": " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> idOwners = new HashMap<>();
        int routes = 0;
        for (Path file : files) {
            routes += checkFile(file, problems, idOwners);
        }
        if (files.isEmpty()) {
            problems.add("no *.camel.yaml files in " + directory);
        }
        return problems.isEmpty()
                ? CheckResult.passed("route files", List.of(files.size() + " files, " + routes + " routes"))
                : CheckResult.failed("route files", problems);
    }

    private int checkFile(Path file, List<String> problems, Map<String, String> idOwners) {
        String name = file.getFileName().toString();
        String text;
        YamlDocument yaml;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            yaml = YamlDocument.parse(text, "$");
        } catch (IOException e) {
            problems.add(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return 0;
        }
        if (!yaml.tree().isArray()) {
            problems.add(name + ": a route file is a YAML list ('- route: …'), found "
                    + yaml.tree().getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            return 0;
        }
        schemaProblems(name, yaml, problems);
        int routes = 0;
        Set<String> templateParameters = new LinkedHashSet<>();
        for (int i = 0; i < yaml.tree().size(); i++) {
            JsonNode element = yaml.tree().get(i);
            for (JsonNode parameter : element.path("routeTemplate").path("parameters")) {
                templateParameters.add(parameter.path("name").asText());
            }
            if (element.has("rest")) {
                routes += restProblems(name, yaml, i, element.get("rest"), problems, idOwners);
                continue;
            }
            String kind = element.has("route") ? "route" : element.has("templatedRoute") ? "templatedRoute" : null;
            if (kind == null) {
                continue;
            }
            routes++;
            String idField = kind.equals("route") ? "id" : "routeId";
            String id = element.get(kind).path(idField).asText("");
            int line = yaml.lineOf("$[" + i + "]." + kind);
            if (id.isBlank()) {
                problems.add(name + ":" + line + ": " + kind + " has no " + idField + " (give every route an '"
                        + idField + ":' so logs, metrics and dead letters can name it)");
            } else if (idOwners.putIfAbsent(id, name) != null) {
                problems.add(name + ":" + yaml.lineOf("$[" + i + "]." + kind + "." + idField) + ": route id '" + id
                        + "' is already used in " + idOwners.get(id));
            }
        }
        placeholderProblems(name, text, templateParameters, problems);
        return routes;
    }

    /**
     * The API's conventions for a rest: block: every operation has an id (it becomes the route id and the OpenAPI
     * operationId, so it is unique with the route ids), and every /v1 operation declares its OAuth2 scope.
     */
    private static int restProblems(String name, YamlDocument yaml, int index, JsonNode rest, List<String> problems,
                                    Map<String, String> idOwners) {
        int operations = 0;
        for (String verb : List.of("get", "post", "put", "patch", "delete", "head")) {
            JsonNode list = rest.path(verb);
            for (int j = 0; j < list.size(); j++) {
                JsonNode operation = list.get(j);
                operations++;
                String where = "$[" + index + "].rest." + verb + "[" + j + "]";
                String path = (rest.path("path").asText("") + operation.path("path").asText("")).replaceAll("//+", "/");
                String id = operation.path("id").asText("");
                if (id.isBlank()) {
                    problems.add(name + ":" + yaml.lineOf(where) + ": " + verb.toUpperCase(java.util.Locale.ROOT) + " "
                            + path + " has no id (the id names its route and its OpenAPI operation)");
                } else if (idOwners.putIfAbsent("operation:" + id, name) != null) {
                    problems.add(name + ":" + yaml.lineOf(where + ".id") + ": operation id '" + id
                            + "' is already used in " + idOwners.get("operation:" + id));
                }
                String to = operation.path("to").isTextual() ? operation.path("to").asText()
                        : operation.path("to").path("uri").asText("");
                if (!id.isBlank() && !to.equals("direct:" + id)) {
                    problems.add(name + ":" + yaml.lineOf(where) + ": " + verb.toUpperCase(java.util.Locale.ROOT) + " "
                            + path + " goes to '" + to + "': it must go to direct:" + id + " (the guard finds an"
                            + " operation's scopes by the id of the route that runs it)");
                }
                if (path.startsWith("/v1/") && operation.path("security").isEmpty()) {
                    problems.add(name + ":" + yaml.lineOf(where) + ": " + verb.toUpperCase(java.util.Locale.ROOT) + " "
                            + path + " declares no security (add security: [{key: oauth2, scopes: read|write|admin}]"
                            + "; the api route configuration enforces it)");
                }
            }
        }
        return operations;
    }

    private void schemaProblems(String name, YamlDocument yaml, List<String> problems) {
        Set<ValidationMessage> messages = schema().validate(resolvePlaceholders(yaml.tree()));
        Set<String> seen = new LinkedHashSet<>();
        deepest(messages).stream()
                .sorted(Comparator.comparingInt((ValidationMessage m) -> priority(m.getType()))
                        .thenComparing(m -> m.getInstanceLocation().toString()))
                .forEach(m -> {
                    String where = m.getInstanceLocation().toString();
                    seen.add(name + ":" + yaml.lineOf(where) + ": " + where + ": " + describe(m));
                });
        seen.stream().limit(MAX_SCHEMA_MESSAGES_PER_FILE).forEach(problems::add);
        if (seen.size() > MAX_SCHEMA_MESSAGES_PER_FILE) {
            problems.add(name + ": … and " + (seen.size() - MAX_SCHEMA_MESSAGES_PER_FILE) + " more schema messages");
        }
    }

    /**
     * A one-of in the schema reports every branch that failed; the useful message is the deepest one. Keeps only
     * messages whose location is not a parent of another message's location.
     */
    private static List<ValidationMessage> deepest(Set<ValidationMessage> messages) {
        List<String> locations = messages.stream().map(m -> m.getInstanceLocation().toString()).toList();
        return messages.stream().filter(m -> {
            String where = m.getInstanceLocation().toString();
            return locations.stream().noneMatch(other -> other.length() > where.length()
                    && (other.startsWith(where + ".") || other.startsWith(where + "[")));
        }).toList();
    }

    /** A copy of the tree where a value that is only a placeholder holds what it resolves to. */
    private JsonNode resolvePlaceholders(JsonNode node) {
        if (node.isTextual()) {
            Matcher matcher = WHOLE_PLACEHOLDER.matcher(node.asText().trim());
            if (matcher.matches()) {
                String value = properties.get(matcher.group(1).trim());
                if (value == null) {
                    value = matcher.group(2);
                }
                return value == null ? node : com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
            }
            return node;
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), resolvePlaceholders(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(child -> copy.add(resolvePlaceholders(child)));
            return copy;
        }
        return node;
    }

    /** The validator's message without the path it repeats, so the line reads "path: what is wrong". */
    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        String where = message.getInstanceLocation().toString();
        if (text.startsWith(where + ": ")) {
            text = text.substring(where.length() + 2);
        }
        return text;
    }

    /** Specific messages (unknown property, missing property, wrong type) before the vague oneOf/anyOf ones. */
    private static int priority(String type) {
        return switch (type) {
            case "additionalProperties", "required", "type", "enum", "pattern" -> 0;
            default -> 1;
        };
    }

    /** Placeholders must name a configuration key, have a default, or name a parameter of the file's template. */
    private void placeholderProblems(String name, String text, Set<String> templateParameters,
                                     List<String> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = PLACEHOLDER.matcher(lines[i]);
            while (matcher.find()) {
                String key = matcher.group(1).trim();
                boolean hasDefault = matcher.group(2) != null;
                if (!hasDefault && !properties.containsKey(key) && !templateParameters.contains(key)) {
                    problems.add(name + ":" + (i + 1) + ": placeholder {{" + key + "}} names no configuration key"
                            + " the hub knows; add the key to application.properties or give a default"
                            + " ({{" + key + ":value}})");
                }
            }
        }
    }

    private static JsonSchema schema() {
        if (schema == null) {
            synchronized (RouteFileCheck.class) {
                if (schema == null) {
                    try (InputStream in = RouteFileCheck.class.getClassLoader().getResourceAsStream(SCHEMA)) {
                        if (in == null) {
                            throw new IllegalStateException(SCHEMA + " is missing (camel-yaml-dsl not on the classpath)");
                        }
                        // type-loose: "5" passes where a number is expected, as Camel converts it when loading
                        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().typeLoose(true)
                                .pathType(com.networknt.schema.PathType.JSON_PATH).build();
                        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + SCHEMA, e);
                    }
                }
            }
        }
        return schema;
    }
}
