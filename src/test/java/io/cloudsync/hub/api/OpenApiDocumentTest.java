package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.ParamDefinition;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.RestParamType;
import org.apache.camel.model.rest.SecurityDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /v1/openapi.json} parses as OpenAPI 3.0 and describes every REST operation the running hub serves (taken
 * from Camel's rest definitions, so a new route file is covered without touching this test): its operation id,
 * its parameters, and the OAuth2 security every {@code /v1} operation must declare.
 */
class OpenApiDocumentTest {

    @TempDir
    static Path dir;
    static ApiHarness hub;
    static OpenAPI document;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of("hub.api.public-host", "hub.example.com:8443",
                "hub.api.public-scheme", "https"));
        HttpResponse<String> answer = hub.get("/v1/openapi.json", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(answer.body(), null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        document = parsed.getOpenAPI();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void isOpenApi30WithTheOAuth2ClientCredentialsScheme() {
        assertThat(document.getOpenapi()).startsWith("3.0");
        SecurityScheme scheme = document.getComponents().getSecuritySchemes().get("oauth2");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        OAuthFlow flow = scheme.getFlows().getClientCredentials();
        assertThat(flow.getTokenUrl()).isEqualTo("/oauth/token");
        assertThat(flow.getScopes()).containsOnlyKeys("read", "write", "admin", "dashboard");
    }

    @Test
    void itsServerIsThePublicAddressNotTheBindAddress() {
        assertThat(document.getServers()).extracting(server -> server.getUrl())
                .containsExactly("https://hub.example.com:8443");
    }

    @Test
    void describesEveryRestOperationTheHubServes() {
        List<RestDefinition> rests = hub.runtime().main().getCamelContext().getCamelContextExtension()
                .getContextPlugin(Model.class).getRestDefinitions();
        List<String> checked = new ArrayList<>();
        for (RestDefinition rest : rests) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = join(rest.getPath(), verb.getPath());
                String where = verb.asVerb().toUpperCase() + " " + path;
                PathItem item = document.getPaths().get(path);
                assertThat(item).as("%s in the document", where).isNotNull();
                Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb.asVerb().toUpperCase()));
                assertThat(operation).as(where).isNotNull();
                assertThat(verb.getId()).as("%s has an id", where).isNotBlank();
                assertThat(operation.getOperationId()).as(where).isEqualTo(verb.getId());
                assertThat(operation.getSummary()).as("%s is described", where).isNotBlank();
                for (ParamDefinition param : verb.getParams()) {
                    assertDescribed(where, operation, param);
                }
                if (path.startsWith("/v1/")) {
                    assertThat(verb.getSecurity()).as("%s declares its OAuth2 scope", where).isNotEmpty();
                }
                for (SecurityDefinition security : verb.getSecurity()) {
                    assertThat(operation.getSecurity()).as(where).contains(new SecurityRequirement()
                            .addList(security.getKey(), List.of(security.getScopes().split(","))));
                    assertThat(document.getComponents().getSecuritySchemes()).containsKey(security.getKey());
                }
                checked.add(where);
            }
        }
        assertThat(checked).contains("POST /oauth/token", "GET /oauth/jwks.json", "GET /v1/admin/dead-letters",
                "GET /v1/admin/dead-letters/{id}", "POST /v1/admin/dead-letters/{id}/replay",
                "POST /v1/admin/dead-letters/replay", "POST /v1/admin/dead-letters/{id}/discard",
                "POST /v1/admin/resync", "GET /v1/admin/sync-status", "POST /v1/admin/keys/rotate",
                "GET /v1/sync/products", "GET /v1/sync/orders", "GET /v1/sync/customers",
                "GET /v1/sync/marketplace-orders", "PUT /v1/sync/products",
                "GET /v1/reports/sales", "GET /v1/reports/products/performance",
                "GET /v1/reports/customers/analytics", "GET /v1/reports/{type}/export",
                "GET /v1/dashboard/status");
    }

    @Test
    void describesTheAnswersOfTheSyncAndReportingApiWithTheKeysClientsRead() {
        for (String entity : List.of("products", "orders", "customers", "marketplace-orders")) {
            String key = entity.replace('-', '_');
            Schema<?> page = answer("/v1/sync/" + entity, PathItem.HttpMethod.GET, "application/json");
            assertThat(page.getProperties()).containsKeys(key, "count", "has_more", "next_cursor", "sync_time");
            assertThat(resolve(page.getProperties().get(key).getItems()).getProperties())
                    .containsKeys("id", "sync_action", "version", "changed_at");
            assertThat(parameterNames("/v1/sync/" + entity, PathItem.HttpMethod.GET))
                    .containsExactlyInAnyOrder("last_sync", "cursor", "limit");
        }
        Schema<?> request = resolve(document.getPaths().get("/v1/sync/products").getPut().getRequestBody().getContent()
                .get("application/json").getSchema());
        assertThat(resolve(request.getProperties().get("products").getItems()).getProperties())
                .containsKeys("id", "version", "price", "quantity", "combination_id");
        Schema<?> written = answer("/v1/sync/products", PathItem.HttpMethod.PUT, "application/json");
        assertThat(written.getProperties()).containsKeys("success", "updated", "results");
        assertThat(resolve(written.getProperties().get("results").getItems()).getProperties())
                .containsKeys("id", "status", "message", "version");
        assertThat(document.getPaths().get("/v1/sync/products").getPut().getSecurity())
                .containsExactly(new SecurityRequirement().addList("oauth2", List.of("write")));

        Schema<?> sales = answer("/v1/reports/sales", PathItem.HttpMethod.GET, "application/json");
        assertThat(sales.getProperties()).containsKeys("data", "total_sales", "total_orders", "average_ticket");
        assertThat(resolve(sales.getProperties().get("data").getItems()).getProperties())
                .containsKeys("date", "total", "orders", "total_tax_excl");
        assertThat(parameterNames("/v1/reports/sales", PathItem.HttpMethod.GET))
                .containsExactlyInAnyOrder("start_date", "end_date", "group_by");
        Schema<?> products = answer("/v1/reports/products/performance", PathItem.HttpMethod.GET, "application/json");
        assertThat(resolve(products.getProperties().get("top_products").getItems()).getProperties())
                .containsKeys("id", "name", "sales", "units");
        assertThat(parameterNames("/v1/reports/products/performance", PathItem.HttpMethod.GET))
                .contains("product_ids", "period_days");
        Schema<?> customers = answer("/v1/reports/customers/analytics", PathItem.HttpMethod.GET, "application/json");
        assertThat(customers.getProperties()).containsKeys("segments", "customers", "total_customers");
        assertThat(parameterNames("/v1/reports/customers/analytics", PathItem.HttpMethod.GET)).contains("segment");
        Operation export = document.getPaths().get("/v1/reports/{type}/export").getGet();
        assertThat(export.getResponses().get("200").getContent()).containsKey("text/csv");
        assertThat(export.getResponses().get("200").getHeaders()).containsKey("Content-Disposition");
        assertThat(parameterNames("/v1/reports/{type}/export", PathItem.HttpMethod.GET)).contains("type", "format");
        for (String path : List.of("/v1/reports/sales", "/v1/reports/products/performance",
                "/v1/reports/customers/analytics", "/v1/reports/{type}/export", "/v1/sync/orders")) {
            List<String> scopes = path.equals("/v1/reports/sales") || path.equals("/v1/reports/products/performance")
                    ? List.of("read", "dashboard") : List.of("read");
            assertThat(document.getPaths().get(path).getGet().getSecurity()).as(path)
                    .containsExactly(new SecurityRequirement().addList("oauth2", scopes));
            assertThat(document.getPaths().get(path).getGet().getResponses()).as(path).containsKeys("200", "400", "401",
                    "403");
        }
    }

    private static Schema<?> answer(String path, PathItem.HttpMethod method, String mediaType) {
        Operation operation = document.getPaths().get(path).readOperationsMap().get(method);
        assertThat(operation.getResponses().get("200").getContent()).as("%s %s", method, path).containsKey(mediaType);
        return resolve(operation.getResponses().get("200").getContent().get(mediaType).getSchema());
    }

    private static List<String> parameterNames(String path, PathItem.HttpMethod method) {
        return document.getPaths().get(path).readOperationsMap().get(method).getParameters().stream()
                .map(Parameter::getName).toList();
    }

    private static Schema<?> resolve(Schema<?> schema) {
        assertThat(schema).isNotNull();
        if (schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        Schema<?> resolved = document.getComponents().getSchemas().get(name);
        assertThat(resolved).as(schema.get$ref()).isNotNull();
        return resolved;
    }

    private static void assertDescribed(String where, Operation operation, ParamDefinition param) {
        if (param.getType() == RestParamType.body) {
            assertThat(operation.getRequestBody()).as("%s body", where).isNotNull();
            return;
        }
        assertThat(operation.getParameters()).as("%s parameter %s", where, param.getName())
                .anySatisfy((Parameter p) -> {
                    assertThat(p.getName()).isEqualTo(param.getName());
                    assertThat(p.getIn()).isEqualTo(param.getType().name());
                    assertThat(p.getDescription()).isNotBlank();
                    assertThat(Boolean.TRUE.equals(p.getRequired())).isEqualTo(Boolean.TRUE.equals(param.getRequired()));
                });
    }

    private static String join(String base, String path) {
        String joined = (base == null ? "" : base) + (path == null ? "" : path);
        return joined.replaceAll("//+", "/");
    }
}
