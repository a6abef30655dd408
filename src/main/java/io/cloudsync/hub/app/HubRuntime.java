package io.cloudsync.hub.app;

import io.cloudsync.hub.api.CorsPolicy;
import io.cloudsync.hub.camel.ApiHttpMetrics;
import io.cloudsync.hub.camel.ApiHttpServer;
import io.cloudsync.hub.camel.ConnectionCounts;
import io.cloudsync.hub.camel.GuardedHttpServerFactory;
import io.cloudsync.hub.camel.HttpServerLimits;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.logging.HubLogging;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/** The hub process: camel-main with the route files of {@code routes/} and the beans of {@link HubBeans}. */
public final class HubRuntime implements AutoCloseable {

    private static final String MAX_BODY = "hub.api.max-body-bytes";
    private static final String CORS_ORIGINS = "hub.api.cors-origins";

    private final Main main;
    private final HubBeans beans;
    private final ConnectionCounts connections = new ConnectionCounts();

    public HubRuntime(HubProperties properties) {
        HubLogging.configure(properties);
        HttpServerLimits limits = HttpServerLimits.from(properties);
        this.beans = HubBeans.create(properties);
        this.main = new Main(HubMain.class);
        main.setDefaultPropertyPlaceholderLocation(HubProperties.CAMEL_LOCATIONS);
        main.setOverrideProperties(camelProperties(properties));
        beans.bindTo(main::bind);
        main.bind("hubHttpServerFactory", new GuardedHttpServerFactory(limits, connections));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                org.apache.camel.CamelContext context = configured.getCamelContext();
                beans.attach(context);
                // camel-micrometer-prometheus serves /observe/metrics from the registry it binds under this name
                try {
                    // the guard reads each REST verb's declared scopes before any route takes a call
                    context.addStartupListener(new org.apache.camel.StartupListener() {
                        @Override
                        public void onCamelContextStarting(org.apache.camel.CamelContext starting, boolean already) {
                            beans.apiGuard().load(starting);
                        }

                        @Override
                        public void onCamelContextStarted(org.apache.camel.CamelContext started, boolean already) {
                        }
                    });
                    context.addStartupListener((started, alreadyStarted) -> {
                        io.micrometer.core.instrument.MeterRegistry registry = started.getRegistry().lookupByNameAndType(
                                "metricsRegistry", io.micrometer.core.instrument.MeterRegistry.class);
                        if (registry != null) {
                            beans.metrics().bindTo(registry);
                            connections.bindTo(registry);
                        }
                        if (!"false".equalsIgnoreCase(properties.find("camel.server.enabled").orElse("true"))) {
                            if (registry != null) {
                                ApiHttpMetrics.install(started, properties.getInt("camel.server.port"), registry);
                            }
                            ApiHttpServer.install(started, properties.getInt("camel.server.port"), beans.apiJson(),
                                    properties.getLong(MAX_BODY), CorsPolicy.of(properties.find(CORS_ORIGINS)
                                            .orElse("")));
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException("cannot register the hub's metrics", e);
                }
            }
        });
    }

    /** The hub's configuration for camel-main; the API server's body limit follows {@value #MAX_BODY}. */
    static java.util.Properties camelProperties(HubProperties properties) {
        java.util.Properties camel = properties.toProperties();
        camel.setProperty("camel.server.maxBodySize", properties.get(MAX_BODY));
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

    /** Starts in the background (tests, demo) and returns once Camel is started. */
    public void start() throws Exception {
        main.start();
    }

    public Main main() {
        return main;
    }

    public HubBeans beans() {
        return beans;
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
            beans.close();
        }
    }
}
