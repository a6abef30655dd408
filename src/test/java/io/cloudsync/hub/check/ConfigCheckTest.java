package io.cloudsync.hub.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.config.HubProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigCheckTest {

    private final ConfigCheck check = new ConfigCheck(HubProperties.knownKeys());

    private CheckResult checkWith(Map<String, String> values) {
        HubProperties properties = HubProperties.of(values);
        return check.check(properties, properties.userKeys());
    }

    @Test
    void theShippedDefaultsPass() {
        assertThat(checkWith(Map.of()).ok()).isTrue();
    }

    @Test
    void anEnvironmentVariableThatNamesNoKeyIsNamed() {
        HubProperties properties = HubProperties.load(java.nio.file.Path.of("target", "no-such.properties"),
                new java.util.Properties(), Map.of("HUB_STORE_APIKEY", "x", "HUB_POLL_STOCK", "20s"));

        assertThat(check.check(properties, properties.userKeys()).problems()).singleElement().asString()
                .startsWith("environment variable HUB_STORE_APIKEY names no configuration key");
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeyItProbablyMeant() {
        CheckResult result = checkWith(Map.of("hub.store.apikey", "x"));

        assertThat(result.problems()).containsExactly(
                "unknown configuration key 'hub.store.apikey' (did you mean 'hub.store.api-key'?)");
    }

    @Test
    void anUnknownKeyFarFromEveryKnownOneGetsNoSuggestion() {
        assertThat(checkWith(Map.of("hub.completely.different-thing", "x")).problems())
                .containsExactly("unknown configuration key 'hub.completely.different-thing'");
    }

    @Test
    void corsOriginsMustBeOriginsOrAStar() {
        assertThat(checkWith(Map.of("hub.api.cors-origins", "http://localhost:3000, https://dash.example.com/"))
                .ok()).isTrue();
        assertThat(checkWith(Map.of("hub.api.cors-origins", "*")).ok()).isTrue();
        assertThat(checkWith(Map.of("hub.api.cors-origins", "https://dash.example.com/app")).problems())
                .containsExactly("hub.api.cors-origins: 'https://dash.example.com/app' is not an origin: give"
                        + " scheme://host[:port] (no path), or *");
    }

    @Test
    void keysOutsideTheHubNamespaceAreLeftToTheirOwners() {
        assertThat(checkWith(Map.of("myerp.url", "http://erp")).ok()).isTrue();
    }

    @Test
    void valuesOfTheWrongFormAreNamedWithWhatIsExpected() {
        CheckResult result = checkWith(Map.of(
                "hub.store.url", "shop.example",
                "hub.poll.stock", "soon",
                "hub.poll.orders", "0s",
                "camel.server.port", "70000",
                "hub.store.api-key", "short",
                "hub.store.language", "ES",
                "hub.marketsync.default-category-id", "abc",
                "hub.db.url", "jdbc:mysql://x/db",
                "hub.sandbox.timezone", "Mars/Olympus",
                "hub.log.format", "xml"));

        assertThat(result.problems()).hasSize(10).anySatisfy(p -> assertThat(p).startsWith("hub.store.url must be an absolute"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.poll.stock must be a positive duration"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.poll.orders must be a positive duration"))
                .anySatisfy(p -> assertThat(p).startsWith("camel.server.port must be a port number"))
                .anySatisfy(p -> assertThat(p).contains("32-character").doesNotContain("short"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.store.language must be a two-letter"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.marketsync.default-category-id must be empty or"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.db.url must be a JDBC URL"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.sandbox.timezone must be a time-zone id"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.log.format must be text or json"));
    }

    @Test
    void theFirstPollMayRunWithoutDelayButNotBeforeStart() {
        assertThat(checkWith(Map.of("hub.poll.first-delay", "0")).ok()).isTrue();
        assertThat(checkWith(Map.of("hub.poll.first-delay", "0s")).ok()).isTrue();
        assertThat(checkWith(Map.of("hub.poll.first-delay", "-1s")).problems())
                .anySatisfy(p -> assertThat(p).startsWith("hub.poll.first-delay must be a duration such as 0s"));
    }

    @Test
    void durationsInCamelSyntaxAreAccepted() {
        assertThat(checkWith(Map.of("hub.poll.products", "1m30s", "hub.poll.stock", "1500",
                "hub.poll.reconcile", "6h")).ok()).isTrue();
    }

    @Test
    void theStoreKeyNeverAppearsInAProblem() {
        String key = "SECRETKEYSECRETKEYSECRETKEY";
        assertThat(checkWith(Map.of("hub.store.api-key", key)).problems()).noneMatch(p -> p.contains(key));
    }

    @Test
    void ingestAndSinkTunablesAreChecked() {
        CheckResult result = checkWith(Map.of("hub.ingest.lookback", "a while", "hub.marketsync.batch-size", "0",
                "hub.marketsync.max-in-flight", "ten", "hub.dlq.replay-period", "5s", "hub.api.token-ttl",
                "999999999999d"));

        assertThat(result.problems()).containsExactlyInAnyOrder(
                "hub.ingest.lookback must be a positive duration such as 30s, 5m, 6h or 1500 (milliseconds), at most"
                        + " 36600d, got 'a while'",
                "hub.api.token-ttl must be a positive duration such as 30s, 5m, 6h or 1500 (milliseconds), at most"
                        + " 36600d, got '999999999999d'",
                "hub.marketsync.batch-size must be a whole number above 0, got '0'",
                "hub.marketsync.max-in-flight must be a whole number above 0, got 'ten'");
    }

    @Test
    void marketplaceOrderTunablesAreChecked() {
        CheckResult result = checkWith(Map.of("hub.poll.marketplace-orders", "often",
                "hub.marketsync.orders-lookback", "3 days", "hub.marketsync.orders-page-size", "-1"));

        assertThat(result.problems()).containsExactlyInAnyOrder(
                "hub.poll.marketplace-orders must be a positive duration such as 30s, 5m, 6h or 1500 (milliseconds), at"
                        + " most 36600d, got 'often'",
                "hub.marketsync.orders-lookback must be a positive duration such as 30s, 5m, 6h or 1500 (milliseconds),"
                        + " at most 36600d, got '3 days'",
                "hub.marketsync.orders-page-size must be a whole number above 0, got '-1'");
    }

    @Test
    void apiClientKeysAreKnownAndValidated() {
        String hash = new io.cloudsync.hub.api.SecretHasher().hash("erp-client-secret");
        assertThat(checkWith(Map.of("hub.api.clients", "erp, bi",
                "hub.api.client.erp.secret-hash", hash, "hub.api.client.erp.scopes", "read write",
                "hub.api.client.bi.secret-hash", hash, "hub.api.client.bi.scopes", "read")).problems()).isEmpty();

        CheckResult wrong = checkWith(Map.of("hub.api.clients", "erp,bi,bad.id",
                "hub.api.client.erp.secret-hash", "plain-text-secret", "hub.api.client.erp.scopes", "read delete",
                "hub.api.client.bi.secret-hash", "{md5}abc", "hub.api.client.bi.scopes", "",
                "hub.api.client.ghost.scopes", "read"));

        assertThat(wrong.problems()).containsExactlyInAnyOrder(
                "hub.api.clients names the client 'bad.id': a client id is 1 to 64 letters, digits, _ or -",
                "hub.api.client.erp.secret-hash is not a hash in the {bcrypt}… format (make one with `hash-secret`)",
                "hub.api.client.erp.scopes names unknown scopes [delete]; the API's scopes are read write admin dashboard",
                "hub.api.client.bi.secret-hash uses the hash format {md5}; supported: {bcrypt} (make one with `hash-secret`)",
                "hub.api.client.bi.scopes is missing: the scopes client bi may ask for, some of read write admin dashboard",
                "hub.api.client.ghost.scopes belongs to client 'ghost', which hub.api.clients does not list");
        assertThat(String.join("\n", wrong.problems())).doesNotContain("plain-text-secret");
    }

    @Test
    void aListedClientWithoutHashIsReportedAndApiLimitsMustBePositive() {
        CheckResult result = checkWith(Map.of("hub.api.clients", "erp", "hub.api.client.erp.scopes", "read",
                "hub.api.rate-limit", "0", "hub.api.token-ttl", "soon", "hub.api.issuer", " "));

        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("hub.api.client.erp.secret-hash is missing"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.api.rate-limit must be a whole number above 0"))
                .anySatisfy(p -> assertThat(p).startsWith("hub.api.token-ttl must be a positive duration"))
                .anySatisfy(p -> assertThat(p).isEqualTo("hub.api.issuer is empty"));
    }
}
