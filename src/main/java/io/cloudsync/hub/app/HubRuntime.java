package io.cloudsync.hub.app;

import io.cloudsync.hub.camel.ApiHttpMetrics;
import io.cloudsync.hub.camel.ApiHttpServer;
import io.cloudsync.hub.camel.ConnectionCounts;
import io.cloudsync.hub.camel.GuardedHttpServerFactory;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.logging.HubLogging;
import io.cloudsync.hub.api.ApiSettings;
import io.cloudsync.hub.wiring.HubWiring;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/** The hub process: camel-main with the route files of {@code routes/} and the beans of {@link HubWiring}. */
public final class HubRuntime implements AutoCloseable {

    private final Main main;
    private final HubWiring wiring;
    private final ConnectionCounts connections = new ConnectionCounts();
    private final java.util.concurrent.CompletableFuture<Void> tokensPrepared =
            new java.util.concurrent.CompletableFuture<>();

    public HubRuntime(HubProperties properties) {
        HubLogging.configure(properties);
        this.wiring = HubWiring.createMigratingInBackground(properties);
        ApiSettings api = wiring.settings().api();
        this.main = new Main(HubMain.class);
        main.setDefaultPropertyPlaceholderLocation(HubProperties.CAMEL_LOCATIONS);
        main.setOverrideProperties(camelProperties(properties, api));
        wiring.configurations().forEach(main.configure()::addConfiguration);
        main.bind("hubHttpServerFactory", new GuardedHttpServerFactory(wiring.settings().server(), connections));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                org.apache.camel.CamelContext context = configured.getCamelContext();
                wiring.awaitSchema(); // migrated while camel-main loaded the route files
                wiring.attach(context);
                // camel-micrometer-prometheus serves /observe/metrics from the registry it binds under this name
                try {
                    // the guard reads each REST verb's declared scopes before any route takes a call
                    context.addStartupListener(new org.apache.camel.StartupListener() {
                        @Override
                        public void onCamelContextStarting(org.apache.camel.CamelContext starting, boolean already) {
                            wiring.api().apiGuard().load(starting);
                        }

                        @Override
                        public void onCamelContextStarted(org.apache.camel.CamelContext started, boolean already) {
                            prepareTokensInBackground();
                        }
                    });
                    context.addStartupListener((started, alreadyStarted) -> {
                        io.micrometer.core.instrument.MeterRegistry registry = started.getRegistry().lookupByNameAndType(
                                "metricsRegistry", io.micrometer.core.instrument.MeterRegistry.class);
                        if (registry != null) {
                            wiring.metrics().bindTo(registry);
                            connections.bindTo(registry);
                        }
                        if (api.serverEnabled()) {
                            if (registry != null) {
                                ApiHttpMetrics.install(started, api.port(), registry);
                            }
                            ApiHttpServer.install(started, api.port(), wiring.api().apiJson(), api.maxBodyBytes(),
                                    api.cors());
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException("cannot register the hub's metrics", e);
                }
            }
        });
    }

    /**
     * The signing key of a new database and the stand-in hash are made once the routes have started, beside the
     * first polls rather than before them (docs/operations.md#start-time); a failure is logged, and the token
     * request that needs what failed tries again.
     */
    private void prepareTokensInBackground() {
        Thread preparing = new Thread(() -> {
            try {
                wiring.api().prepareTokens();
                tokensPrepared.complete(null);
            } catch (RuntimeException e) {
                tokensPrepared.completeExceptionally(e);
                if (main.isStarted()) {
                    org.slf4j.LoggerFactory.getLogger(HubRuntime.class).warn("cannot prepare the token endpoint yet"
                            + " (the first token request tries again): {}",
                            wiring.platform().secretRedactor().text(String.valueOf(e.getMessage())));
                }
            }
        }, "api-tokens-prepare");
        preparing.setDaemon(true);
        preparing.start();
    }

    /** The hub's configuration for camel-main; the API server's body limit follows {@code hub.api.max-body-bytes}. */
    static java.util.Properties camelProperties(HubProperties properties, ApiSettings api) {
        java.util.Properties camel = properties.toProperties();
        camel.setProperty("camel.server.maxBodySize", Long.toString(api.maxBodyBytes()));
        io.cloudsync.hub.erp.ErpSettings.derivedProperties(properties.asMap()).forEach(camel::setProperty);
        return camel;
    }

    /** Runs until the process is asked to stop (Ctrl-C, SIGTERM); returns the exit code. */
    public int run() throws Exception {
        try {
            main.run();
            return main.getExitCode();
        } finally {
            close();
        }
    }

    /**
     * Starts in the background (tests, demo) and returns once Camel is started and the token endpoint has its
     * signing key.
     */
    public void start() throws Exception {
        main.start();
        try {
            tokensPrepared.get(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Main main() {
        return main;
    }

    public HubWiring wiring() {
        return wiring;
    }

    @Override
    public void close() {
        try {
            if (main.isStarted()) {
                main.stop();
            }
        } catch (Exception ignored) {
            // stopping is best effort; the pool is closed below in every case
        } finally {
            wiring.close();
        }
    }
}
