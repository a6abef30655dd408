package io.cloudsync.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.testing.ExpectedCatalogue;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 drill of the products sink into Tryton (issue 11, "Done when"): the packaged hub syncs a 500-product
 * shop (the sandbox in a process of its own) to MarketSync and to a real trytond, configured for Tryton through the
 * environment as ops do (the password in a 0600 file named by HUB_ERP_TRYTON_PASSWORD_FILE), and is killed with
 * {@code kill -9} three times while variants reach Tryton. When it is left to finish, Tryton holds every variant
 * exactly once, on one template per store product; MarketSync holds the whole catalogue, nothing created twice; the
 * hub's log never shows the Tryton password.
 */
class KilledErpSyncIT {

    private static final int PRODUCTS = 500;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    private final SandboxHttp http = new SandboxHttp();
    private final List<String> timeline = new ArrayList<>();
    private final long startedAt = System.nanoTime();

    @Test
    void threeKillsWhileProductsReachTrytonLoseNoVariantAndCreateNoneTwice() throws Exception {
        TrytonDatabase tryton = TrytonServer.shared().newDatabase();
        assertThat(variantCount(tryton)).as("a new Tryton database has no products").isZero();
        mark("Tryton database " + tryton.name() + " ready");
        int storePort = HubProcesses.freePort();
        int marketSyncPort = HubProcesses.freePort();
        String store = "http://127.0.0.1:" + storePort;
        String marketSync = "http://127.0.0.1:" + marketSyncPort;
        try (HubProcesses processes = new HubProcesses(dir)) {
            processes.start("sandbox", List.of("-Dhub.sandbox.store-port=" + storePort,
                    "-Dhub.sandbox.marketsync-port=" + marketSyncPort, "-Dhub.sandbox.products=" + PRODUCTS,
                    "-Dhub.sandbox.activity-per-minute=0", "-Dhub.sandbox.publish-delay=1h",
                    "-Dhub.sandbox.marketsync-rate-limit=0", "-Dhub.sandbox.marketsync-orders-per-minute=0"),
                    "sandbox");
            SandboxHttp.await(Duration.ofSeconds(60), "the sandbox",
                    () -> http.get(marketSync + "/_sandbox/stats") != null);
            mark("sandbox up");
            HubProperties shop = HubProperties.of(Map.of("hub.store.url", store, "hub.marketsync.url", marketSync));
            ExpectedCatalogue marketSyncExpected = ExpectedCatalogue.of(shop);
            ExpectedTrytonProducts expected = ExpectedTrytonProducts.of(ExpectedCatalogue.storeProducts(shop));
            Set<String> codes = expected.codes();
            assertThat(codes).hasSizeGreaterThan(PRODUCTS);
            mark("store read: " + expected.templates().size() + " templates, " + codes.size() + " variants expected");

            List<String> hub = List.of("-Dhub.store.url=" + store, "-Dhub.marketsync.url=" + marketSync,
                    "-Dhub.db.url=jdbc:h2:file:" + dir.resolve("data/hub"), "-Dhub.poll.products=1s",
                    "-Dhub.poll.stock=2s", "-Dhub.poll.first-delay=0", "-Dhub.retry.max-delay=2000",
                    "-Dhub.sinks.products=direct:marketsync,direct:erp-tryton-products",
                    // change sets of 50 products, templates created 10 a call: kills land between and inside sets
                    "-Dhub.ingest.page-size=50", "-Dhub.erp.tryton.batch-size=10",
                    "-Dcamel.server.port=" + HubProcesses.freePort(),
                    "-Dcamel.management.port=" + HubProcesses.freePort());
            Map<String, String> environment = trytonEnvironment(tryton);

            Process running = processes.start("hub", hub, environment, "run");
            int afterKill = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                int target = kill * codes.size() / (KILLS + 1);
                int before = afterKill;
                // the hub started again writes to Tryton before it is killed again
                SandboxHttp.await(Duration.ofSeconds(90), "about " + target + " variants in Tryton before kill " + kill,
                        () -> variantCount(tryton) > before && variantCount(tryton) >= target);
                running.destroyForcibly();
                assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
                int inTryton = variantCount(tryton);
                afterKill = inTryton;
                mark("kill -9 #" + kill + " with " + inTryton + " variants in Tryton");
                assertThat(inTryton).as("kill " + kill + " came while variants were reaching Tryton")
                        .isLessThan(codes.size());
                running = processes.start("hub", hub, environment, "run");
            }
            boolean settled = SandboxHttp.awaitQuietly(Duration.ofSeconds(90), () -> variantCount(tryton)
                    >= codes.size() && codesInTryton(tryton).containsAll(codes) && createdSkus(marketSync, "productos")
                    .containsAll(marketSyncExpected.products().keySet()));
            mark(settled ? "every variant in Tryton, every product in MarketSync" : "gave up waiting");
            Process last = running;
            assertThat(last.isAlive()).as(() -> "the hub still runs after the drill: " + tail(processes)).isTrue();
            last.destroy();
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String log = processes.logText("hub");
            // what each run of a change set did: a set killed midway comes again and creates only what is missing
            log.lines().filter(line -> line.contains("products to Tryton")).forEach(line -> timeline.add("  hub: "
                    + line.substring(line.indexOf("products to Tryton"))));
            System.out.println("[erp-kill-drill] " + String.join("\n[erp-kill-drill] ", timeline));

            assertEveryVariantInTrytonOnce(tryton, expected);
            assertMarketSyncHoldsTheCatalogueOnce(marketSync, marketSyncExpected);
            assertThat(log).as("the hub's log").contains("products to Tryton").doesNotContain(tryton.password());
            Map<String, String> letters = deadLetters();
            assertThat(letters).as("dead letters of variations without SKU").isNotEmpty();
            assertThat(letters).as("Tryton's dead letters: store products the sink holds back (no SKU, shared"
                    + " reference), none Tryton refused (a create racing one already there) or did not answer")
                    .allSatisfy((product, error) -> assertThat(error).startsWith(IllegalArgumentException.class
                            .getName()).doesNotContain(tryton.password()));
        }
    }

    private void assertEveryVariantInTrytonOnce(TrytonDatabase tryton, ExpectedTrytonProducts expected) {
        JsonNode variants = variants(tryton);
        List<String> codes = new ArrayList<>();
        Map<Long, Set<String>> byTemplate = new HashMap<>();
        variants.forEach(variant -> {
            codes.add(variant.path("code").asText());
            byTemplate.computeIfAbsent(variant.path("template").asLong(), id -> new HashSet<>())
                    .add(variant.path("code").asText());
        });
        Map<String, Long> twice = codes.stream().collect(Collectors.groupingBy(code -> code, TreeMap::new,
                Collectors.counting()));
        twice.values().removeIf(count -> count == 1);
        assertThat(twice).as("variant codes Tryton has more than once").isEmpty();
        Set<String> missing = new HashSet<>(expected.codes());
        codes.forEach(missing::remove);
        assertThat(missing).as("variants missing from Tryton").isEmpty();
        assertThat(codes).as("variants in Tryton no store product has (or not sent)").allMatch(expected::allows);
        assertThat(byTemplate.values()).as("templates whose variants are not those of one store product")
                .allMatch(expected::explains);
        assertThat(byTemplate.values()).as("a template per store product").containsAll(expected.templates().values());
        assertThat(templateCount(tryton)).as("templates in Tryton (inactive ones too), each with its variants")
                .isEqualTo(byTemplate.size());
        System.out.println("[erp-kill-drill] Tryton: " + byTemplate.size() + " templates, " + codes.size()
                + " variants (" + (codes.size() - expected.codes().size()) + " of products sharing a reference)");
    }

    private void assertMarketSyncHoldsTheCatalogueOnce(String marketSync, ExpectedCatalogue expected)
            throws Exception {
        List<String> created = createdSkus(marketSync, "productos");
        assertThat(created).as("products created in MarketSync").doesNotHaveDuplicates()
                .containsAll(expected.products().keySet())
                .allMatch(sku -> expected.products().containsKey(sku) || expected.shared().contains(sku));
        assertThat(createdSkus(marketSync, "variacion")).as("variations created in MarketSync")
                .doesNotHaveDuplicates();
        assertThat(http.get(marketSync + "/_sandbox/stats").path("products").asInt()).isEqualTo(created.size());
    }

    /** Pending dead letters of the Tryton products sink: store product id → error class and message. */
    private Map<String, String> deadLetters() throws Exception {
        DatabaseSettings settings = Database.secured(
                new DatabaseSettings("jdbc:h2:file:" + dir.resolve("data/hub"), "sa", "", 1));
        Map<String, String> letters = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT message_key, error_class, error_message FROM dead_letter"
                     + " WHERE sink = 'erp-tryton-products' AND status = 'pending'")) {
            while (rows.next()) {
                letters.put(rows.getString(1), rows.getString(2) + ": " + rows.getString(3));
            }
        }
        return letters;
    }

    /** The Tryton connection as ops give it: keys in the environment, the password in a file only its owner reads. */
    private Map<String, String> trytonEnvironment(TrytonDatabase tryton) throws Exception {
        Path password = Files.createFile(dir.resolve("tryton.password"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(password, tryton.password() + "\n");
        return Map.of("HUB_ERP_TRYTON_URL", tryton.url(), "HUB_ERP_TRYTON_DATABASE", tryton.name(),
                "HUB_ERP_TRYTON_USER", tryton.user(), "HUB_ERP_TRYTON_PASSWORD_FILE", password.toString());
    }

    /** Every variant in Tryton, inactive ones too: code and template. */
    private static JsonNode variants(TrytonDatabase tryton) {
        return tryton.call("model.product.product.search_read", List.of(), 0, null, null,
                List.of("code", "template"), Map.of("active_test", false));
    }

    private static Set<String> codesInTryton(TrytonDatabase tryton) {
        Set<String> codes = new HashSet<>();
        variants(tryton).forEach(variant -> codes.add(variant.path("code").asText()));
        return codes;
    }

    /** How many variants Tryton has, inactive ones too. */
    private static int variantCount(TrytonDatabase tryton) {
        return tryton.call("model.product.product.search_count", List.of(), Map.of("active_test", false)).asInt();
    }

    private static int templateCount(TrytonDatabase tryton) {
        return tryton.call("model.product.template.search_count", List.of(), Map.of("active_test", false)).asInt();
    }

    /** SKUs of the creations MarketSync took (POST of a controller, no section), in order, repeats kept. */
    private List<String> createdSkus(String marketSync, String controller) throws Exception {
        List<String> skus = new ArrayList<>();
        for (JsonNode request : http.get(marketSync + "/_sandbox/requests?since=0").path("requests")) {
            if (request.path("verb").asText().equals("POST") && request.path("controller").asText().equals(controller)
                    && request.path("section").asText("").isEmpty() && request.path("status").asInt() == 200) {
                request.path("skus").forEach(sku -> skus.add(sku.asText()));
            }
        }
        return skus;
    }

    private static String tail(HubProcesses processes) {
        try {
            String log = processes.logText("hub");
            return log.substring(Math.max(0, log.length() - 6000));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void mark(String what) {
        timeline.add(String.format("%6.1f s  %s", (System.nanoTime() - startedAt) / 1e9, what));
        System.out.println("[erp-kill-drill] " + timeline.get(timeline.size() - 1));
    }
}
