package io.cloudsync.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.api.ApiHarness;
import io.cloudsync.hub.app.HubMain;
import io.cloudsync.hub.camel.DatabaseHealthCheck;
import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.logging.HubLogging;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.testing.TestPorts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Finding 11: secrets planted in the configuration and in failures never leave the process. Each kind of secret
 * (store key, MarketSync token and private key, a client secret, a bearer token, a customer password, the
 * database password) is searched for in everything the hub wrote: its log (text and JSON, Camel's own fallback
 * logging included), its HTTP answers, health and metrics, and the output of {@code check}.
 */
@ExtendWith(Attacks.class)
class RedactionAttackTest {

    static final String STORE_KEY = "ZK7Q2M9X4B8N1C6V3L5J0H2G7F4D9S1A";
    static final String MS_TOKEN = "ms-token-1a2b3c4d5e";
    static final String MS_PRIVATE_KEY = "ms-private-9f8e7d6c5b4a";
    static final String DB_PASSWORD = "Db-Passw0rd-7788";
    static final String CUSTOMER_PASSWORD = "Cust0mer-Passw0rd-42";
    static final String CLIENT_SECRET = ApiHarness.SECRET;
    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMiLCJzY29wZSI6ImFkbWluIn0.c2lnbmF0dXJlLWhlcmU";

    @TempDir
    Path dir;

    @AfterEach
    void plainLoggingAgain() {
        HubLogging.configure(HubProperties.of(Map.of()));
    }

    private static Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("store key", STORE_KEY);
        secrets.put("MarketSync token", MS_TOKEN);
        secrets.put("MarketSync private key", MS_PRIVATE_KEY);
        secrets.put("database password", DB_PASSWORD);
        secrets.put("customer password", CUSTOMER_PASSWORD);
        secrets.put("client secret", CLIENT_SECRET);
        secrets.put("client secret as Basic credentials", basic("ops", CLIENT_SECRET));
        secrets.put("bearer token (JWT)", JWT);
        return secrets;
    }

    private static String basic(String client, String secret) {
        return Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Records one attack per secret: none may appear in what was written. */
    private static void noSecretIn(String where, String written, Map<String, String> secrets) {
        secrets.forEach((kind, secret) -> {
            int at = written.indexOf(secret);
            Attacks.refused("11", kind + " in " + where, at < 0, at < 0 ? "" : "..."
                    + written.substring(Math.max(0, at - 120), Math.min(written.length(), at + secret.length() + 40)));
        });
    }

    /** Log lines of Camel, a connection pool and the hub that carry each secret, in messages and stack traces. */
    private static void logEverySecret() {
        IllegalStateException failure = new IllegalStateException("GET http://127.0.0.1:9/api/customers?ws_key="
                + STORE_KEY + " failed", new SQLException("jdbc:postgresql://db/hub?user=hub&password=" + DB_PASSWORD
                + " refused; body <customer><passwd><![CDATA[" + CUSTOMER_PASSWORD + "]]></passwd></customer>"));
        LoggerFactory.getLogger("org.apache.camel.processor.errorhandler.DeadLetterChannel").error(
                "Failed delivery for exchange. Exhausted after delivery attempt: 1 caught: {}", failure.getMessage(),
                failure);
        LoggerFactory.getLogger("com.zaxxer.hikari.pool.HikariPool").error("pool failed: password={} body "
                + "{\"passwd\":\"{}\",\"client_secret\":\"{}\"}", DB_PASSWORD, CUSTOMER_PASSWORD, CLIENT_SECRET);
        LoggerFactory.getLogger("io.vertx.core.http").error("request headers: Authorization: Basic {} and "
                + "Authorization: Bearer {} and X-Token {}", basic("ops", CLIENT_SECRET), JWT, JWT);
        LoggerFactory.getLogger("io.cloudsync.hub.marketsync").warn("signed with token {} and key {}", MS_TOKEN,
                MS_PRIVATE_KEY);
    }

    private static Map<String, String> plantedConfiguration(String format) {
        return Map.of("hub.log.format", format, "hub.store.api-key", STORE_KEY, "hub.marketsync.token", MS_TOKEN,
                "hub.marketsync.private-key", MS_PRIVATE_KEY, "hub.db.password", DB_PASSWORD);
    }

    @Test
    void logLinesInTextAndJsonCarryNoSecret() throws Exception {
        for (String format : List.of("text", "json")) {
            HubLogging.configure(HubProperties.of(plantedConfiguration(format)));
            String written;
            try (OutputCapture output = new OutputCapture()) {
                logEverySecret();
                written = output.text();
            }

            assertThat(written).contains("Failed delivery", "pool failed", "request headers", "signed with token");
            if (format.equals("json")) {
                for (String line : written.lines().toList()) {
                    assertThat(new ObjectMapper().readTree(line).has("level")).as(line).isTrue();
                }
            }
            noSecretIn(format + " log lines", written, secrets());
        }
    }

    @Test
    void aDatabaseFailureShowsNoSecretInTheHealthCheck() throws Exception {
        DataSource failing = new HikariDataSource() {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                throw new SQLException("FATAL: cannot connect to jdbc:postgresql://hub:" + DB_PASSWORD
                        + "@db/hub?password=" + DB_PASSWORD);
            }
        };
        DatabaseHealthCheck check = new DatabaseHealthCheck(failing,
                SecretRedactor.forConfiguration(plantedConfiguration("text")));
        check.setCamelContext(new DefaultCamelContext());

        HealthCheck.Result result = check.call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        String shown = result.getMessage().orElse("") + " " + result.getDetails()
                + result.getError().map(Throwable::getMessage).orElse("");
        noSecretIn("the database health check", shown, Map.of("database password", DB_PASSWORD));
    }

    @Test
    void aRunningHubWhoseStoreAndDeadLetterStoreFailLeaksNothing() throws Exception {
        int closed = TestPorts.free();
        Map<String, String> planted = new LinkedHashMap<>(plantedConfiguration("json"));
        planted.put("hub.store.url", "http://shop:" + STORE_KEY + "@127.0.0.1:" + closed);
        planted.put("hub.poll.first-delay", "1s");
        planted.put("hub.retry.max-attempts", "1");
        planted.put("hub.retry.initial-delay", "10");
        List<String> answers = new ArrayList<>();
        String written;
        try (OutputCapture output = new OutputCapture(); ApiHarness hub = ApiHarness.start(dir, planted)) {
            String token = hub.token("ops");
            Map<String, String> secrets = secrets();
            secrets.put("this hub's bearer token", token);
            answers.add(hub.tokenRequest("nobody", CLIENT_SECRET, null).body());
            answers.add(hub.get("/v1/test/boom?token=" + JWT, token).body());
            answers.add(hub.withAuthorization("/v1/sync/status", "Bearer " + JWT).body());
            answers.add(hub.withAuthorization("/v1/sync/status", "Basic " + basic("ops", "x" + CLIENT_SECRET)).body());
            String management = "http://127.0.0.1:" + hub.runtime().main().getCamelContext().getPropertiesComponent()
                    .resolveProperty("camel.management.port").orElseThrow();
            await().atMost(Duration.ofSeconds(60)).until(() -> output.text().contains("resumes at the next poll"));

            // the dead-letter store fails (its database is gone) while a message full of secrets is dead-lettered
            hub.bean("dataSource", HikariDataSource.class).close();
            hub.runtime().main().getCamelContext().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:redaction-attack?repeatCount=1&delay=10").routeId("redaction-attack")
                            .setHeader(DeadLetterStore.SINK_HEADER, constant("attack"))
                            .setHeader("Authorization", constant("Bearer " + JWT))
                            .setBody(constant("{\"email\":\"a@b.c\",\"passwd\":\"" + CUSTOMER_PASSWORD + "\"}"))
                            .process(exchange -> {
                                throw new IllegalStateException("PUT http://127.0.0.1:" + closed
                                        + "/api/products?ws_key=" + STORE_KEY + " answered 500 for token " + MS_TOKEN);
                            });
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> output.text().contains("redaction-attack"));
            answers.add(get(hub, management + "/observe/health?exposureLevel=full"));
            answers.add(get(hub, management + "/observe/metrics"));
            written = output.text();
            noSecretIn("the log of a failing hub", written, secrets);
            noSecretIn("the hub's HTTP answers, health and metrics", String.join("\n", answers), secrets);
        }
        assertThat(written).contains("\"loggerName\"");
    }

    @Test
    void checkPrintsNoKeyFromAStoreUrlOrUserInfo() throws Exception {
        Map<String, String> planted = new LinkedHashMap<>(plantedConfiguration("text"));
        int closed = TestPorts.free();
        planted.put("hub.store.url", "http://127.0.0.1:" + closed + "/?ws_key=" + STORE_KEY);
        planted.put("hub.marketsync.url", "http://ms:" + MS_TOKEN + "@127.0.0.1:" + closed);
        planted.put("hub.db.url", "jdbc:h2:file:" + dir.resolve("check"));
        planted.put("hub.http.connect-timeout", "1000");
        planted.forEach(System::setProperty);
        String written;
        try (OutputCapture output = new OutputCapture()) {
            HubMain.execute("check", "--routes", "routes");
            written = output.text();
        } finally {
            planted.keySet().forEach(System::clearProperty);
        }

        assertThat(written).contains("store http://127.0.0.1:" + closed, "check failed");
        noSecretIn("the output of check", written, secrets());
    }

    @Test
    void aFailingCommandPrintsNoSecretInItsErrorLines() {
        Map<String, String> planted = new LinkedHashMap<>(plantedConfiguration("text"));
        planted.put("hub.db.url", "jdbc:h2:file:" + dir.resolve("no-" + DB_PASSWORD) + ";IFEXISTS=TRUE");
        planted.forEach(System::setProperty);
        String written;
        int exit;
        try (OutputCapture output = new OutputCapture()) {
            exit = HubMain.execute("dlq", "list");
            written = output.text();
        } finally {
            planted.keySet().forEach(System::clearProperty);
        }

        assertThat(exit).isEqualTo(1);
        assertThat(written).contains("error: ", "not found");
        noSecretIn("a failing command's error lines", written, Map.of("database password", DB_PASSWORD));
    }

    private static String get(ApiHarness hub, String url) throws Exception {
        HttpResponse<String> answer = hub.send(HttpRequest.newBuilder(URI.create(url)).GET());
        return answer.body();
    }
}
