package io.cloudsync.hub.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.config.HubProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteFileCheckTest {

    @TempDir
    Path routes;

    private final RouteFileCheck check = new RouteFileCheck(HubProperties.of(java.util.Map.of()).asMap());

    private void write(String name, String yaml) throws IOException {
        Files.writeString(routes.resolve(name), yaml);
    }

    @Test
    void everyRouteFileOfTheProjectPasses() {
        CheckResult result = check.check(Path.of("routes"));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aValidFileWithPlaceholdersInNumberOptionsPasses() throws IOException {
        write("demo-ok.camel.yaml", """
                - route:
                    id: demo-timer
                    from:
                      uri: "timer:demo?period={{hub.poll.stock}}"
                      steps:
                        - throttle:
                            constant: "{{hub.sandbox.products}}"
                            timePeriodMillis: "1000"
                        - log: "tick"
                """);

        assertThat(check.check(routes).problems()).isEmpty();
    }

    @Test
    void anUnknownStepIsReportedOnceWithItsLine() throws IOException {
        write("demo-typo.camel.yaml", """
                - route:
                    id: demo-typo
                    from:
                      uri: timer:x
                      steps:
                        - tooo: "direct:z"
                """);

        assertThat(check.check(routes).problems()).containsExactly("demo-typo.camel.yaml:6: $[0].route.from.steps[0]:"
                + " property 'tooo' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void aRouteWithoutIdAndADuplicateIdAcrossFilesAreReported() throws IOException {
        write("a-first.camel.yaml", """
                - route:
                    id: same
                    from: {uri: "timer:a", steps: [{log: a}]}
                - route:
                    from: {uri: "timer:b", steps: [{log: b}]}
                """);
        write("b-second.camel.yaml", """
                - route:
                    id: same
                    from: {uri: "timer:c", steps: [{log: c}]}
                """);

        assertThat(check.check(routes).problems()).containsExactly(
                "a-first.camel.yaml:4: route has no id (give every route an 'id:' so logs, metrics and dead letters can name it)",
                "b-second.camel.yaml:2: route id 'same' is already used in a-first.camel.yaml");
    }

    @Test
    void aPlaceholderWithoutKeyOrDefaultIsReported() throws IOException {
        write("demo-placeholder.camel.yaml", """
                - route:
                    id: p
                    from: {uri: "timer:p?period={{hub.poll.nope}}&delay={{my.delay:5000}}", steps: [{log: p}]}
                """);

        assertThat(check.check(routes).problems()).singleElement().asString()
                .startsWith("demo-placeholder.camel.yaml:3: placeholder {{hub.poll.nope}} names no configuration key");
    }

    @Test
    void brokenYamlAndAFileThatIsNotAListAreReported() throws IOException {
        write("a-broken.camel.yaml", "- route:\n    id: [unclosed\n");
        write("b-map.camel.yaml", "route:\n  id: x\n");

        assertThat(check.check(routes).problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("a-broken.camel.yaml: not valid YAML"),
                p -> assertThat(p).startsWith("b-map.camel.yaml: a route file is a YAML list"));
    }

    @Test
    void aMissingFolderOrAnEmptyOneFails() {
        assertThat(check.check(routes.resolve("nope")).ok()).isFalse();
        assertThat(check.check(routes).problems()).singleElement().asString().startsWith("no *.camel.yaml files");
    }

    @Test
    void aRestOperationWithoutIdOrWithoutSecurityUnderV1IsReported() throws IOException {
        write("api-demo.camel.yaml", """
                - rest:
                    path: /v1/demo
                    get:
                      - id: api-demo-list
                        path: /items
                        security:
                          - key: oauth2
                            scopes: read
                        to: direct:api-demo-list
                      - path: /open
                        to: direct:api-demo-open
                      - id: api-demo-list
                        path: /again
                        security: [{key: oauth2, scopes: read}]
                        to: direct:api-demo-list
                """);

        assertThat(check.check(routes).problems()).containsExactly(
                "api-demo.camel.yaml:10: GET /v1/demo/open has no id (the id names its route and its OpenAPI operation)",
                "api-demo.camel.yaml:10: GET /v1/demo/open declares no security (add security: [{key: oauth2, scopes:"
                        + " read|write|admin}]; the api route configuration enforces it)",
                "api-demo.camel.yaml:12: operation id 'api-demo-list' is already used in api-demo.camel.yaml");
    }

    @Test
    void aRestOperationGoingElsewhereThanTheRouteOfItsIdIsReported() throws IOException {
        write("api-demo.camel.yaml", """
                - rest:
                    path: /v1/demo
                    get:
                      - id: api-demo-list
                        path: /items
                        security: [{key: oauth2, scopes: read}]
                        to: direct:demo-items
                """);

        assertThat(check.check(routes).problems()).containsExactly(
                "api-demo.camel.yaml:4: GET /v1/demo/items goes to 'direct:demo-items': it must go to"
                        + " direct:api-demo-list (the guard finds an operation's scopes by the id of the route that"
                        + " runs it)");
    }
}
