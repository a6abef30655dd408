package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.SecurityDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every REST verb of the running hub (read from its REST definitions, so a new verb is covered without touching
 * this test) enforces the scopes its own {@code security} entry declares: a token holding exactly one of them
 * passes the guard, a token holding only another scope gets 403, no token gets 401. The scope dashboard goes only
 * on what the dashboard page shows.
 */
class GuardScopesTest {

    private static final Set<String> DASHBOARD_OPERATIONS = Set.of("api-reports-sales",
            "api-reports-products-performance", "api-dashboard-status");

    @TempDir
    static Path dir;
    private static ApiHarness hub;
    private static final Map<String, String> TOKENS = new HashMap<>();

    record Declared(String id, String method, String path, Set<String> scopes) {
    }

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> keys = new HashMap<>();
        keys.put("hub.api.clients", "ops,reader,writer,only-read,only-write,only-admin,only-dashboard");
        String hash = new SecretHasher().hash(ApiHarness.SECRET);
        for (String scope : ApiScopes.KNOWN) {
            keys.put("hub.api.client.only-" + scope + ".secret-hash", hash);
            keys.put("hub.api.client.only-" + scope + ".scopes", scope);
        }
        hub = ApiHarness.start(dir, keys);
        hub.gate().open();
        for (String scope : ApiScopes.KNOWN) {
            TOKENS.put(scope, hub.token("only-" + scope));
        }
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void everyVerbEnforcesTheScopesItDeclares() throws Exception {
        List<Declared> verbs = declaredVerbs();
        assertThat(verbs).hasSizeGreaterThan(15);
        for (Declared verb : verbs) {
            if (!verb.path().startsWith("/v1/")) {
                assertThat(verb.scopes()).as(verb.id() + " is public").isEmpty();
                continue;
            }
            assertThat(verb.scopes()).as(verb.id() + " declares its scopes").isNotEmpty();
            assertThat(call(verb, null).statusCode()).as(verb.id() + " without a token").isEqualTo(401);
            for (String scope : ApiScopes.KNOWN) {
                HttpResponse<String> answer = call(verb, TOKENS.get(scope));
                if (verb.scopes().contains(scope)) {
                    assertThat(answer.statusCode()).as(verb.id() + " with only " + scope + ": " + answer.body())
                            .isNotIn(401, 403, 429);
                } else {
                    assertThat(answer.statusCode()).as(verb.id() + " with only " + scope + ": " + answer.body())
                            .isEqualTo(403);
                }
            }
            assertThat(verb.scopes().contains(ApiScopes.DASHBOARD)).as(verb.id())
                    .isEqualTo(DASHBOARD_OPERATIONS.contains(verb.id()));
        }
        assertThat(verbs).filteredOn(v -> v.id().equals("api-dashboard-status")).singleElement()
                .extracting(Declared::scopes).isEqualTo(Set.of("read", "dashboard"));
    }

    @Test
    void theGuardKnowsEveryVerbWithScopesByItsRouteId() {
        List<String> guarded = hub.bean("apiGuard", io.cloudsync.hub.camel.ApiGuard.class).verbs().guarded().stream()
                .map(ApiVerbs.Verb::id).sorted().toList();
        assertThat(guarded).isEqualTo(declaredVerbs().stream().filter(v -> !v.scopes().isEmpty())
                .map(Declared::id).sorted().toList());
        for (String id : hub.bean("apiGuard", io.cloudsync.hub.camel.ApiGuard.class).verbs().all().stream()
                .map(ApiVerbs.Verb::id).toList()) {
            assertThat(hub.runtime().main().getCamelContext().getRoute(id)).as(id).isNotNull();
        }
    }

    private static List<Declared> declaredVerbs() {
        List<Declared> verbs = new ArrayList<>();
        Model model = hub.runtime().main().getCamelContext().getCamelContextExtension().getContextPlugin(Model.class);
        for (RestDefinition rest : model.getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                List<SecurityDefinition> security = verb.getSecurity() == null ? List.of() : verb.getSecurity();
                Set<String> scopes = ApiScopes.parse(String.join(",", security.stream()
                        .map(SecurityDefinition::getScopes).toList()));
                verbs.add(new Declared(verb.getId(), verb.asVerb().toUpperCase(), rest.getPath() + verb.getPath(),
                        scopes));
            }
        }
        return verbs;
    }

    private static HttpResponse<String> call(Declared verb, String token) throws Exception {
        String path = verb.path().replace("{id}", "1").replace("{type}", "sales");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub.url(path)))
                .header("Content-Type", "application/json")
                .method(verb.method(), verb.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return hub.send(request);
    }
}
