package io.cloudsync.hub.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
    /** The dashboard's client (see {@code io.cloudsync.hub.dashboard.DashboardTokens}): scope dashboard, no secret. */
    public static final String DASHBOARD_CLIENT_KEY = "hub.api.dashboard-client";
    /** {@code hub.api.client.<id>.<field>}: the per-client keys, which have no default. */
    public static final Pattern CLIENT_KEY = Pattern.compile("^hub\\.api\\.client\\.([^.]+)\\.(" + SECRET_HASH + "|"
            + SCOPES + ")$");
    private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    /** The scopes a listed dashboard client may have (a real client with a secret may also hold them). */
    private static final Set<String> DASHBOARD_CLIENT_SCOPES = Set.of(ApiScopes.READ, ApiScopes.DASHBOARD);
    private final Map<String, ApiClient> clients;
    private final Optional<String> dashboardClient;
    private final SecretHasher hasher;
    /**
     * Compared against when the client is unknown, so an unknown id costs the same time as a wrong secret: BCrypt of
     * the (first) configured client's cost. Made once, when the hub starts ({@link #withTimingStandIn()}), not when
     * {@code check} merely reads the configuration.
     */
    private volatile String unknownClientHash;

    private ApiClients(Map<String, ApiClient> clients, Optional<String> dashboardClient, SecretHasher hasher) {
        this.clients = Map.copyOf(clients);
        this.dashboardClient = dashboardClient;
        this.hasher = hasher;
    }

    /** These clients, with the stand-in hash an unknown id is compared against made now. */
    public ApiClients withTimingStandIn() {
        if (unknownClientHash == null) {
            String standIn = UUID.randomUUID().toString();
            unknownClientHash = clients.values().stream().findFirst()
                    .map(client -> hasher.hashLike(standIn, client.secretHash())).orElseGet(() -> hasher.hash(standIn));
        }
        return this;
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
        return new ApiClients(clients, dashboardClient(configuration), hasher);
    }

    /** The id of {@value #DASHBOARD_CLIENT_KEY}, when set. */
    public static Optional<String> dashboardClient(Map<String, String> configuration) {
        return Optional.ofNullable(configuration.get(DASHBOARD_CLIENT_KEY)).map(String::trim).filter(id -> !id.isEmpty());
    }

    /**
     * The scopes a token of this client id may hold now: a listed client's configured scopes, plus
     * {@code dashboard} for the dashboard client; none for an id the configuration does not know (any more).
     */
    public Set<String> allowedScopes(String clientId) {
        Set<String> scopes = new LinkedHashSet<>();
        ApiClient client = clientId == null ? null : clients.get(clientId);
        if (client != null) {
            scopes.addAll(client.scopes());
        }
        if (clientId != null && dashboardClient.filter(clientId::equals).isPresent()) {
            scopes.add(ApiScopes.DASHBOARD);
        }
        return Set.copyOf(scopes);
    }

    /** The client with this id whose secret is this one; empty for an unknown id or a wrong secret alike. */
    public Optional<ApiClient> authenticate(String id, String secret) {
        ApiClient client = id == null ? null : clients.get(id);
        boolean matches = hasher.matches(secret == null ? "" : secret, client == null ? withTimingStandIn().unknownClientHash : client.secretHash());
        return client != null && matches ? Optional.of(client) : Optional.empty();
    }

    public List<String> ids() {
        return List.copyOf(clients.keySet());
    }

    public static List<String> ids(Map<String, String> configuration) {
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
                if (scopes.isEmpty() || !DASHBOARD_CLIENT_SCOPES.containsAll(scopes)) {
                    problems.add(DASHBOARD_CLIENT_KEY + " names client " + dashboard + ", whose scopes are "
                            + (scopes.isEmpty() ? "none" : ApiScopes.format(scopes)) + ": anyone who reaches the"
                            + " hub gets the dashboard's tokens, so its client may have only the scopes dashboard"
                            + " or read (or use an id of its own)");
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
