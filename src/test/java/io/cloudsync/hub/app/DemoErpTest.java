package io.cloudsync.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.config.HubProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code demo --erp} adds to the hub's configuration, and what it prints about Tryton. */
class DemoErpTest {

    private static final String PASSWORD = "api-secret-4711";
    private static final String ORDERS_ROUTE = """
            # the ERP's order sinks
            - route:
                id: erp-tryton-orders
                from:
                  uri: direct:erp-tryton-orders
                  steps:
                    - log: "order"
            - route:
                id: erp-tryton-marketplace-orders
                from:
                  uri: direct:erp-tryton-marketplace-orders
                  steps:
                    - log: "marketplace order"
            """;

    @TempDir
    Path dir;

    private TrytonEndpoint tryton() {
        return new TrytonEndpoint("http://127.0.0.1:18123/", "demo", "hub", dir.resolve("tryton"));
    }

    @Test
    void theHubConnectsToTheDemosTrytonAndSendsItProductsNextToMarketSync() throws IOException {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("erp-tryton-products.camel.yaml"), "- route:\n    from:\n      uri: "
                + DemoErp.PRODUCTS_SINK + "\n");

        Map<String, String> keys = DemoErp.properties(HubProperties.of(Map.of()), tryton(), PASSWORD, routes);

        assertThat(keys).containsEntry("hub.erp.tryton.url", "http://127.0.0.1:18123/")
                .containsEntry("hub.erp.tryton.database", "demo").containsEntry("hub.erp.tryton.user", "hub")
                .containsEntry("hub.erp.tryton.password", PASSWORD)
                .containsEntry("hub.sinks.products", "direct:marketsync,direct:erp-tryton-products")
                .doesNotContainKeys("hub.sinks.orders", "hub.sinks.marketplace-orders");
        HubProperties demo = HubProperties.of(keys);
        assertThat(demo.get("hub.sinks.orders")).isEqualTo("direct:marketsync-order-status");
    }

    @Test
    void theOrderSinksAreListedOnceTheirRouteFileIsThere() throws IOException {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("erp-tryton-orders.camel.yaml"), ORDERS_ROUTE);

        Map<String, String> keys = DemoErp.properties(HubProperties.of(Map.of()), tryton(), PASSWORD, routes);

        assertThat(keys).containsEntry("hub.sinks.orders", "direct:marketsync-order-status,direct:erp-tryton-orders")
                .containsEntry("hub.sinks.marketplace-orders",
                        "direct:store-marketplace-orders,direct:erp-tryton-marketplace-orders");
    }

    @Test
    void aRouteThatOnlySendsToASinkDoesNotListIt() throws IOException {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("other.camel.yaml"), """
                - route:
                    from:
                      uri: direct:other
                      steps:
                        - to:
                            uri: direct:erp-tryton-orders
                """);

        assertThat(DemoErp.consumed(routes, "direct:erp-tryton-orders")).isFalse();
        assertThat(DemoErp.consumed(routes, "direct:other")).isTrue();
        assertThat(DemoErp.consumed(dir.resolve("none"), "direct:other")).isFalse();
    }

    @Test
    void theUsersSinksStayAndTheErpIsNotListedTwice() {
        assertThat(DemoErp.withSink("direct:marketsync, direct:erp-tryton-products", DemoErp.PRODUCTS_SINK))
                .isEqualTo("direct:marketsync,direct:erp-tryton-products");
        assertThat(DemoErp.withSink("", DemoErp.PRODUCTS_SINK)).isEqualTo(DemoErp.PRODUCTS_SINK);
    }

    @Test
    void theLowStockCheckRunsEveryMinuteUnlessTheUserSetItsSchedule() {
        Path routes = dir.resolve("routes");
        assertThat(DemoErp.properties(HubProperties.of(Map.of()), tryton(), PASSWORD, routes))
                .containsEntry("hub.erp.inventory-cron", "0 * * * * ?");
        assertThat(DemoErp.properties(HubProperties.of(Map.of("hub.erp.inventory-cron", "0 0 * * * ?")), tryton(),
                PASSWORD, routes)).doesNotContainKey("hub.erp.inventory-cron");
    }

    @Test
    void itSaysHowToOpenTrytonAndWhereTheAdminsPasswordIsNeverAPassword() {
        String web = describe(true);
        String desktop = describe(false);

        assertThat(web).contains("web client http://localhost:18123/", "database demo", "user admin",
                tryton().adminPasswordFile().toString());
        assertThat(desktop).contains("desktop client", "apt-get install tryton-client", "server localhost:18123",
                "database demo", "apt-get install tryton-sao", tryton().adminPasswordFile().toString());
        assertThat(web + desktop).doesNotContain(PASSWORD).doesNotContain("password=");
    }

    @Test
    void withoutTrytonItSaysWhatToInstall() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("erp/tryton"));
        Path start = Files.writeString(scripts.resolve("start"), "#!/bin/sh\n");
        start.toFile().setExecutable(true);

        assertThat(DemoTryton.unavailable(scripts, dir.resolve("bin").toString())).hasValueSatisfying(reason ->
                assertThat(reason).contains("Tryton is not installed", "apt-get install tryton-server")
                        .doesNotContain("\n"));
        assertThat(DemoTryton.unavailable(dir.resolve("nowhere"), "/usr/bin")).hasValueSatisfying(reason ->
                assertThat(reason).contains("is missing"));
    }

    private String describe(boolean webClient) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoErp.describe(tryton(), webClient, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
