package io.cloudsync.hub.check;

import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.config.Durations;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.wiring.HubSettings;
import java.net.URI;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Validates the configuration: every {@code hub.*} key must be one the hub knows (its default lives in
 * {@code hub-defaults.properties}), and every value must have the right form. Problems name the key and say
 * what is expected.
 */
public final class ConfigCheck {

    private static final Pattern MENTIONED_KEY = Pattern.compile("(hub|camel)\\.[a-z0-9.-]*[a-z0-9]");
    private static final Pattern WHOLE = Pattern.compile("^-?\\d+$");
    private static final Pattern ISO_LANGUAGE = Pattern.compile("^[a-z]{2}$");
    private static final Pattern STORE_KEY = Pattern.compile("^[A-Za-z0-9]{32}$");

    private static final Set<String> DURATION_KEYS = Set.of("hub.ingest.lookback", "hub.dlq.replay-period",
            "hub.progress.period", "hub.marketsync.catalogue-ttl", "hub.sandbox.publish-delay", "hub.api.token-ttl",
            "hub.api.clock-skew", "hub.reports.retention-period", "hub.api.dashboard-token-ttl",
            "hub.marketsync.orders-lookback", "hub.db.statistics-period");
    private static final Set<String> POSITIVE_KEYS = Set.of("hub.ingest.page-size", "hub.ingest.id-page-size",
            "hub.marketsync.batch-size", "hub.marketsync.max-bytes", "hub.marketsync.max-in-flight",
            "hub.marketsync.circuit-open-seconds", "hub.db.pool-size", "hub.http.connect-timeout",
            "hub.http.read-timeout", "hub.api.rate-limit", "hub.api.max-concurrent", "hub.api.max-body-bytes",
            "hub.reports.at-risk-days", "hub.marketsync.orders-page-size", "hub.marketsync.plan-size");

    private final Set<String> knownKeys;

    public ConfigCheck(Set<String> knownKeys) {
        this.knownKeys = Set.copyOf(knownKeys);
    }

    public CheckResult check(HubProperties properties, Set<String> userKeys) {
        List<String> problems = new ArrayList<>();
        for (String key : userKeys) {
            if (key.startsWith("hub.") && !knownKeys.contains(key) && !ApiClients.CLIENT_KEY.matcher(key).matches()) {
                problems.add("unknown configuration key '" + key + "'"
                        + suggestion(key).map(s -> " (did you mean '" + s + "'?)").orElse(""));
            }
        }
        for (String variable : properties.unmatchedEnvironment()) {
            problems.add("environment variable " + variable + " names no configuration key (HUB_STORE_API_KEY sets"
                    + " hub.store.api-key; a client's keys need its id in hub.api.clients)");
        }
                Map<String, String> values = properties.asMap();
        values.forEach((key, value) -> validate(key, value).ifPresent(problems::add));
        problems.addAll(ApiClients.problems(values));
        problems.addAll(new ExposureCheck(new io.cloudsync.hub.api.SecretHasher()).problems(values));
        problems.addAll(startProblems(properties, problems));
        return problems.isEmpty()
                ? CheckResult.passed("configuration", List.of(values.size() + " keys, " + userKeys.size() + " set by you"))
                : CheckResult.failed("configuration", problems);
    }

    /**
     * What the hub itself would refuse to start from: the problems of reading the typed settings it starts from
     * ({@link HubSettings}), except those about keys already named above.
     */
    static List<String> startProblems(HubProperties properties, List<String> named) {
        List<String> extra = new ArrayList<>();
        for (String problem : HubSettings.problems(properties)) {
            java.util.regex.Matcher keys = MENTIONED_KEY.matcher(problem);
            boolean allNamed = false;
            while (keys.find()) {
                String key = keys.group();
                allNamed = named.stream().anyMatch(p -> p.contains(key));
                if (!allNamed) {
                    break;
                }
            }
            if (!allNamed) {
                extra.add(problem);
            }
        }
        return extra;
    }

    Optional<String> validate(String key, String value) {
        if (key.equals("hub.store.url") || key.equals("hub.marketsync.url")) {
            return httpUrl(key, value);
        }
        if (key.equals("hub.db.url")) {
            return value.startsWith("jdbc:h2:") || value.startsWith("jdbc:postgresql:") ? Optional.empty()
                    : problem(key, value, "a JDBC URL starting with jdbc:h2: or jdbc:postgresql:");
        }
        if (key.equals("hub.poll.first-delay")) {
            return durationAtLeast(value, Duration.ZERO) ? Optional.empty() : problem(key, value, "a duration such as"
                    + " 0s, 2s or 1500 (milliseconds), 0 for no delay, at most " + Durations.MAX.toDays() + "d");
        }
        if (key.startsWith("hub.poll.") || DURATION_KEYS.contains(key)) {
            return positiveDuration(value) ? Optional.empty() : problem(key, value, "a positive duration such as 30s,"
                    + " 5m, 6h or 1500 (milliseconds), at most " + Durations.MAX.toDays() + "d");
        }
        if (key.endsWith("-port") || key.equals("camel.server.port") || key.equals("camel.management.port")) {
            return WHOLE.matcher(value).matches() && Integer.parseInt(value) >= 0 && Integer.parseInt(value) <= 65535
                    ? Optional.empty() : problem(key, value, "a port number from 0 to 65535");
        }
        if (POSITIVE_KEYS.contains(key)) {
            return WHOLE.matcher(value).matches() && Long.parseLong(value) > 0 ? Optional.empty()
                    : problem(key, value, "a whole number above 0");
        }
        switch (key) {
            case "hub.store.api-key":
                return STORE_KEY.matcher(value).matches() ? Optional.empty()
                        : Optional.of("hub.store.api-key must be the shop's 32-character webservice key (letters and"
                        + " digits), got " + value.length() + " characters");
            case "hub.store.language":
                return ISO_LANGUAGE.matcher(value).matches() ? Optional.empty()
                        : problem(key, value, "a two-letter ISO 639-1 code in lower case, such as es or en");
            case "hub.store.shop-id", "hub.marketsync.default-category-id":
                return value.isEmpty() || value.matches("^[1-9]\\d*$") ? Optional.empty()
                        : problem(key, value, "empty or a positive whole number");
            case "hub.marketsync.token", "hub.marketsync.private-key", "hub.api.issuer", "hub.api.audience":
                return value.isBlank() ? Optional.of(key + " is empty") : Optional.empty();
            case "hub.sandbox.products":
                return WHOLE.matcher(value).matches() && Long.parseLong(value) >= 10 && Long.parseLong(value) <= 100_000
                        ? Optional.empty() : problem(key, value, "a number of products from 10 to 100000");
            case "hub.sandbox.timezone":
                return zone(key, value);
            case "hub.reports.retention":
                try {
                    io.cloudsync.hub.reports.Retention.parse(value);
                    return Optional.empty();
                } catch (io.cloudsync.hub.config.ConfigException e) {
                    return Optional.of(e.getMessage());
                }
            case "hub.api.cors-origins":
                for (String origin : value.split(",")) {
                    String problem = origin.isBlank() ? null : io.cloudsync.hub.api.CorsPolicy.problem(origin);
                    if (problem != null) {
                        return Optional.of(key + ": " + problem);
                    }
                }
                return Optional.empty();
            case "hub.log.format":
                return io.cloudsync.hub.logging.RedactingLogEncoder.isFormat(value) ? Optional.empty()
                        : problem(key, value, "text or json");
            case "hub.reports.vip-spend":
                return value.matches("^\\d{1,12}(\\.\\d{1,2})?$") && new java.math.BigDecimal(value).signum() > 0
                        ? Optional.empty() : problem(key, value, "an amount above 0 such as 500 or 499.99");
            default:
                return Optional.empty();
        }
    }

    private static boolean positiveDuration(String value) {
        return durationAtLeast(value, Duration.ofMillis(1));
    }

    private static boolean durationAtLeast(String value, Duration least) {
        try {
            return Durations.parse(value).compareTo(least) >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> httpUrl(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        return problem(key, value, "an absolute http:// or https:// URL");
    }

    private static Optional<String> zone(String key, String value) {
        try {
            ZoneId.of(value);
            return Optional.empty();
        } catch (DateTimeException e) {
            return problem(key, value, "a time-zone id such as Europe/Madrid or America/Mexico_City");
        }
    }

    private static Optional<String> problem(String key, String value, String expected) {
        return Optional.of(key + " must be " + expected + ", got '" + value + "'");
    }

    /** The known key closest to a mistyped one, when it is close enough to be the one meant. */
    Optional<String> suggestion(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : knownKeys) {
            int distance = LevenshteinDistance.getDefaultInstance().apply(normalised(key), normalised(known));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 6) ? Optional.of(best) : Optional.empty();
    }

    private static String normalised(String key) {
        return key.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
    }
}
