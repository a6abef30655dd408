package io.cloudsync.hub.app;

import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.check.ExposureCheck;
import io.cloudsync.hub.config.HubProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts both simulators (a shop with hub.sandbox.products products and live activity, and"
                + " MarketSync) and the hub on a fresh H2 database (" + DemoCommand.DEMO_DB + "), prints where"
                + " everything is, and runs until stopped (Ctrl-C).",
                "The hub logs its progress: products delivered, dead letters and their reasons.",
                "With --erp (or hub.demo.erp=true) it also runs Tryton when it is installed (erp/tryton/start in "
                + DemoCommand.DEMO_TRYTON + ", port hub.demo.tryton-port) and lists it as a sink of products (and of"
                + " orders once their route files are in routes/)."})
public final class DemoCommand implements Callable<Integer> {

    static final String DEMO_DB = "./data/demo";
    /** The demo's Tryton: its database is kept from one demo to the next (delete the folder to start afresh). */
    static final String DEMO_TRYTON = "./data/demo/tryton";
    static final Path TRYTON_SCRIPTS = Path.of("erp/tryton");
    static final Path ROUTES = Path.of("routes");
    /** The demo's API client (DESIGN §2): a newcomer gets a token with one curl. */
    static final String DEMO_CLIENT = ExposureCheck.DEMO_CLIENT;
    static final String DEMO_SECRET = ExposureCheck.DEMO_SECRET;
    private static final String LOOPBACK = "127.0.0.1";
    private static final String SANDBOX_HOST = "hub.sandbox.host";
    /** The dashboard's client: the page at / gets its tokens (scope dashboard) from the hub, no secret asked. */
    static final String DASHBOARD_CLIENT = "dashboard";
    /**
     * The demo's pace where the configuration sets none: MarketSync's marketplaces sell every 5 seconds, and the hub
     * reads their orders and the store's orders often enough for each imported order to show in the log within
     * seconds and on the dashboard's sales by channel within half a minute.
     */
    static final Map<String, String> DEMO_PACE = Map.of(
            "hub.sandbox.marketsync-orders-per-minute", "12",
            "hub.poll.marketplace-orders", "10s",
            "hub.poll.orders", "20s");

    @Option(names = "--erp", description = "Also run Tryton (when installed) as the demo's ERP; same as"
            + " hub.demo.erp=true.")
    boolean erp;

    @Override
    public Integer call() throws Exception {
        Optional<Simulators> simulators = Simulators.installed();
        if (simulators.isEmpty()) {
            System.err.println(Simulators.missing("demo"));
            return 1;
        }
        HubProperties base = demoPace(loopbackOnly(HubProperties.load()));
        try (Simulators.Running sandbox = simulators.get().start(base);
             DemoTryton tryton = erpWanted(base) ? startTryton(base, Path.of(DEMO_TRYTON), System.out) : null) {
            forgetEarlierDemo(Path.of(DEMO_DB));
            HubProperties properties = demoProperties(base, sandbox);
            if (tryton != null) {
                properties = properties.with(DemoErp.properties(properties, tryton.endpoint(), tryton.apiPassword(),
                        ROUTES));
            }
            SandboxCommand.describe(sandbox, System.out);
            System.out.println("hub                       health  http://localhost:"
                    + properties.get("camel.management.port") + "/observe/health");
            String api = "http://localhost:" + properties.get("camel.server.port");
            System.out.println("                          API     " + api + " (described at " + api + "/v1/openapi.json)");
            System.out.println("                          dashboard " + api + "/ (dashboard token of client "
                    + DASHBOARD_CLIENT + ", no sign-in)");
            System.out.println("                          client " + DEMO_CLIENT + " / " + DEMO_SECRET
                    + " (scopes read write admin); a token: " + tokenCurl(api));
            System.out.println("                          state   " + DEMO_DB + " (H2; `./hub dlq list`"
                    + " with -Dhub.db.url=jdbc:h2:file:" + DEMO_DB + ")");
            if (tryton != null) {
                DemoErp.describe(tryton.endpoint(), Files.isDirectory(DemoErp.SAO), System.out);
            }
            System.out.println("Stop with Ctrl-C.");
            try (HubRuntime runtime = new HubRuntime(properties)) {
                return runtime.run();
            }
        }
    }

    private boolean erpWanted(HubProperties properties) {
        return erp || Boolean.parseBoolean(properties.find("hub.demo.erp").orElse("false"));
    }

    /** The demo's Tryton in {@code dir}, or null (said in one line) when it is not installed or does not start. */
    static DemoTryton startTryton(HubProperties properties, Path dir, PrintStream out) {
        Optional<String> unavailable = DemoTryton.unavailable(TRYTON_SCRIPTS);
        if (unavailable.isPresent()) {
            out.println("demo: " + unavailable.get() + "; the demo runs without the ERP.");
            return null;
        }
        out.println("demo: starting Tryton in " + dir + " (its first start creates the database: about half a"
                + " minute)…");
        try {
            return DemoTryton.start(TRYTON_SCRIPTS, dir, properties.getInt("hub.demo.tryton-port"));
        } catch (RuntimeException e) {
            out.println("demo: " + e.getMessage() + " (see " + dir + "); the demo runs without the ERP.");
            return null;
        }
    }

    /**
     * The demo publishes its client's secret and runs the sandbox's unauthenticated control APIs: everything listens
     * on 127.0.0.1, whatever the configuration says.
     */
    public static HubProperties loopbackOnly(HubProperties properties) {
        return properties.with(Map.of("camel.server.host", LOOPBACK, "camel.management.host", LOOPBACK,
                SANDBOX_HOST, LOOPBACK));
    }

    /** {@link #DEMO_PACE} for every key of it the user did not set (application.properties, environment, -D). */
    static HubProperties demoPace(HubProperties properties) {
        Map<String, String> pace = new java.util.HashMap<>(DEMO_PACE);
        pace.keySet().removeAll(properties.userKeys());
        return properties.with(pace);
    }

    /** The hub's configuration for the demo: the sandbox's URLs and keys, the demo and dashboard clients. */
    public static HubProperties demoProperties(HubProperties base, Simulators.Running sandbox) {
        return loopbackOnly(base.with(Map.of(
                "hub.store.url", sandbox.storeUrl(),
                "hub.store.api-key", sandbox.storeApiKey(),
                "hub.marketsync.url", sandbox.marketSyncUrl(),
                "hub.marketsync.token", sandbox.marketSyncToken(),
                "hub.marketsync.private-key", sandbox.marketSyncPrivateKey(),
                "hub.db.url", "jdbc:h2:file:" + DEMO_DB,
                "hub.api.clients", DEMO_CLIENT,
                "hub.api.client." + DEMO_CLIENT + ".secret-hash", new SecretHasher().hash(DEMO_SECRET),
                "hub.api.client." + DEMO_CLIENT + ".scopes", "read write admin",
                ApiClients.DASHBOARD_CLIENT_KEY, DASHBOARD_CLIENT)));
    }

    static String tokenCurl(String api) {
        return "curl -s -u " + DEMO_CLIENT + ":" + DEMO_SECRET + " -d grant_type=client_credentials " + api
                + "/oauth/token";
    }

    /** The demo's shop and MarketSync start afresh each time, so its database does too. */
    private static void forgetEarlierDemo(Path database) throws IOException {
        Path folder = database.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = database.getFileName().toString() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
