package io.cloudsync.hub.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API's REST verbs as the route files declare them, by operation id (also the id of the route behind the
 * verb): the one source of the scopes the guard enforces and of the JSON the answer is written in. Every
 * {@code /v1} verb must declare its scopes ({@code security: [{key: oauth2, scopes: …}]}); one that does not is
 * refused when the hub starts, unless its path is one of {@link #PUBLIC_PATHS}.
 */
public final class ApiVerbs {

    /** The {@code /v1} paths that take no token. */
    public static final Set<String> PUBLIC_PATHS = Set.of("/v1/openapi.json");
    /** The verbs under these paths answer in the Admin API's JSON ({@code apiJson}); the others in {@code reportJson}. */
    public static final List<String> ADMIN_JSON_PATHS = List.of("/v1/admin/", "/v1/dashboard/", "/oauth/");

    /** One declared verb: its operation id, HTTP method, full path ({@code /v1/admin/dead-letters/{id}}) and scopes. */
    public record Verb(String id, String method, String path, Set<String> scopes) {
        public Verb {
            scopes = Set.copyOf(scopes);
        }

        /** Whether a token with one of {@link #scopes} is required (else the verb is public: {@code /oauth}). */
        public boolean guarded() {
            return !scopes.isEmpty();
        }

        /** Whether the answer is written with {@code apiJson} (else {@code reportJson}). */
        public boolean adminJson() {
            return ADMIN_JSON_PATHS.stream().anyMatch(path::startsWith);
        }
    }

    private final Map<String, Verb> byId;

    private ApiVerbs(Map<String, Verb> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static ApiVerbs none() {
        return new ApiVerbs(Map.of());
    }

    /**
     * The verbs {@code declared}, guarded (with scopes) or public. A {@code /v1} verb without scopes (and not in
     * {@link #PUBLIC_PATHS}), an unknown scope or two verbs with one id are an {@link IllegalStateException}.
     */
    public static ApiVerbs of(List<Verb> declared) {
        Map<String, Verb> byId = new LinkedHashMap<>();
        for (Verb verb : declared) {
            if (verb.scopes().isEmpty()) {
                if (verb.path().startsWith("/v1/") && !PUBLIC_PATHS.contains(verb.path())) {
                    throw new IllegalStateException("the API verb " + verb.method() + " " + verb.path() + " (id "
                            + verb.id() + ") declares no scope: give it security: [{key: oauth2, scopes: …}]");
                }
            }
            List<String> unknown = ApiScopes.unknown(verb.scopes());
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("the API verb " + verb.id() + " declares unknown scopes " + unknown);
            }
            if (verb.id() == null || byId.put(verb.id(), verb) != null) {
                throw new IllegalStateException("the API verb " + verb.method() + " " + verb.path()
                        + " needs an id of its own (the id of the route it goes to)");
            }
        }
        return new ApiVerbs(byId);
    }

    /** The verb of this operation (= route) id. */
    public Optional<Verb> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Verb> all() {
        return List.copyOf(byId.values());
    }

    public List<Verb> guarded() {
        return byId.values().stream().filter(Verb::guarded).toList();
    }
}
