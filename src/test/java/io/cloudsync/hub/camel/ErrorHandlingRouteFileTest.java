package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudsync.hub.config.HubProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** routes/error-handling.camel.yaml against Camel's YAML DSL schema, and its placeholders against the defaults. */
class ErrorHandlingRouteFileTest {

    private static final Path FILE = Path.of("routes", "error-handling.camel.yaml");

    @Test
    void theFileFollowsTheYamlDslSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/camelYamlDsl.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode routes = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());

        Set<ValidationMessage> problems = schema.validate(routes);

        assertThat(problems).isEmpty();
    }

    @Test
    void everyPlaceholderHasADefaultKey() throws IOException {
        String text = java.nio.file.Files.readString(FILE);
        Matcher placeholder = Pattern.compile("\\{\\{([^:}]+)(?::[^}]*)?}}").matcher(text);
        HubProperties defaults = HubProperties.of(java.util.Map.of());
        int found = 0;
        while (placeholder.find()) {
            found++;
            assertThat(defaults.find(placeholder.group(1))).as(placeholder.group(1)).isPresent();
        }
        assertThat(found).isEqualTo(4);
    }
}
