package io.cloudsync.hub.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API clients of the configuration: {@code hub.api.clients} lists the ids, and each id has
 * {@code hub.api.client.<id>.secret-hash} and {@code hub.api.client.<id>.scopes}.
 */
public final class ApiClients {

    public static final String LIST_KEY = "hub.api.clients";
    public static final String PREFIX = "hub.api.client.";
    public static final String SECRET_HASH = "secret-hash";
    public static final String SCOPES = "scopes";
    /** The dashboard's client (see {@code io.cloudsync.hub.dashboard.DashboardTokens}): read-only, no secret. */
    public static final String DASHBOARD_CLIENT_KEY = "hub.api.dashboard-client";
    /** {@code hub.api.client.<id>.<field>}: the per-client keys, which have no default. */
    public static final Pattern CLIENT_KEY = Pattern.compile("^hub\\.api\\.client\\.([^.]+)\\.(" + SECRET_HASH + "|"
            + SCOPES + ")$");
    private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    private final Map<String, ApiClient> clients;
    private final Optional<String> dashboardClient;
    private final SecretHasher hasher;
    /** Compared against when the client is unknown, so an unknown id costs the same time as a wrong secret. */
    private final String unknownClientHash;

    private ApiClients(Map<String, ApiClient> clients, Optional<String> dashboardClient, SecretHasher hasher) {
        this.clients = Map.copyOf(clients);
        this.dashboardClient = dashboardClient;
        this.hasher = hasher;
        this.unknownClientHash = hasher.hash(java.util.UUID.randomUUID().toString());
    }

    /** The clients of a configuration that {@link #problems} found nothing wrong with. */
    public static ApiClients from(Map<String, String> configuration, SecretHasher hasher) {
        List<String> problems = problems(configuration);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("API clients: " + String.join("; ", problems));
        }
        Map<String, ApiClient> clients = new LinkedHashMap<>();
        for (String id : ids(configuration)) {
            clients.put(id, new ApiClient(id, configuration.get(PREFIX + id + "." + SECRET_HASH).trim(),
                    ApiScopes.parse(configuration.get(PREFIX + id + "." + SCOPES))));
        }
        Optional<String> dashboard = Optional.ofNullable(configuration.get(DASHBOARD_CLIENT_KEY)).map(String::trim)
                .filter(id -> !id.isEmpty());
        return new ApiClients(clients, dashboard, hasher);
    }

    /** The client with this id whose secret is this one; empty for an unknown id or a wrong secret alike. */
    public Optional<ApiClient> authenticate(String id, String secret) {
        ApiClient client = id == null ? null : clients.get(id);
        boolean matches = hasher.matches(secret == null ? "" : secret, client == null ? unknownClientHash : client.secretHash());
        return client != null && matches ? Optional.of(client) : Optional.empty();
    }

    /**
     * The scopes a token of this client id may carry now, by the configuration this hub runs with: a listed
     * client's scopes, {@code read} for the dashboard client; none for an id that is not (or no longer)
     * configured. The verifier refuses a token holding anything beyond this, so removing a client or one of its
     * scopes takes effect for tokens already issued.
     */
    public Set<String> scopesHeldBy(String clientId) {
        Set<String> held = new java.util.TreeSet<>();
        ApiClient client = clientId == null ? null : clients.get(clientId);
        if (client != null) {
            held.addAll(client.scopes());
        }
        if (dashboardClient.isPresent() && dashboardClient.get().equals(clientId)) {
            held.add("read");
        }
        return Set.copyOf(held);
    }

    public List<String> ids() {
        return List.copyOf(clients.keySet());
    }

    static List<String> ids(Map<String, String> configuration) {
        String list = configuration.getOrDefault(LIST_KEY, "");
        List<String> ids = new ArrayList<>();
        for (String id : list.split("[\\s,]+")) {
            if (!id.isBlank() && !ids.contains(id.trim())) {
                ids.add(id.trim());
            }
        }
        return ids;
    }

    /**
     * What is wrong with the client keys of a configuration: ids of the wrong form, a listed client without its
     * keys, keys of a client that is not listed, unknown scopes, hashes in no supported format.
     */
    public static List<String> problems(Map<String, String> configuration) {
        List<String> problems = new ArrayList<>();
        List<String> ids = ids(configuration);
        for (String id : ids) {
            if (!CLIENT_ID.matcher(id).matches()) {
                problems.add(LIST_KEY + " names the client '" + id + "': a client id is 1 to 64 letters, digits, _ or -");
                continue;
            }
            String hashKey = PREFIX + id + "." + SECRET_HASH;
            String hash = configuration.get(hashKey);
            if (hash == null || hash.isBlank()) {
                problems.add(hashKey + " is missing: the hash of client " + id + "'s secret (make one with `hash-secret`)");
            } else {
                SecretHasher.problem(hash).ifPresent(p -> problems.add(hashKey + " " + p));
            }
            String scopesKey = PREFIX + id + "." + SCOPES;
            String scopes = configuration.get(scopesKey);
            if (scopes == null || ApiScopes.parse(scopes).isEmpty()) {
                problems.add(scopesKey + " is missing: the scopes client " + id + " may ask for, some of "
                        + String.join(" ", ApiScopes.KNOWN));
            } else {
                List<String> unknown = ApiScopes.unknown(ApiScopes.parse(scopes));
                if (!unknown.isEmpty()) {
                    problems.add(scopesKey + " names unknown scopes " + unknown + "; the API's scopes are "
                            + String.join(" ", ApiScopes.KNOWN));
                }
            }
        }
        String dashboard = configuration.getOrDefault(DASHBOARD_CLIENT_KEY, "").trim();
        if (!dashboard.isEmpty()) {
            if (!CLIENT_ID.matcher(dashboard).matches()) {
                problems.add(DASHBOARD_CLIENT_KEY + " is '" + dashboard + "': a client id is 1 to 64 letters, digits,"
                        + " _ or -");
            } else if (ids.contains(dashboard)) {
                Set<String> scopes = ApiScopes.parse(configuration.getOrDefault(PREFIX + dashboard + "."
                        + SCOPES, ""));
                if (!scopes.equals(Set.of("read"))) {
                    problems.add(DASHBOARD_CLIENT_KEY + " names client " + dashboard + ", whose scopes are "
                            + (scopes.isEmpty() ? "none" : ApiScopes.format(scopes)) + ": the dashboard's tokens are"
                            + " read-only, so its client may have only the scope read (or use an id of its own)");
                }
            }
        }
        for (String key : configuration.keySet()) {
            Matcher clientKey = CLIENT_KEY.matcher(key);
            if (clientKey.matches() && !ids.contains(clientKey.group(1))) {
                problems.add(key + " belongs to client '" + clientKey.group(1) + "', which " + LIST_KEY
                        + " does not list");
            }
        }
        return problems;
    }
}
