package io.cloudsync.hub.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Service;
import org.apache.camel.component.platform.http.main.DefaultMainHttpServerFactory;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.main.HttpManagementServerConfigurationProperties;
import org.apache.camel.main.HttpServerConfigurationProperties;
import org.apache.camel.main.MainHttpServerFactory;
import org.apache.camel.support.service.ServiceHelper;

/**
 * camel-main's HTTP server factory (camel-main takes the one bound in the registry): the API server
 * ({@code camel.server.*}) is configured by Camel's own factory as usual, then runs as a {@link GuardedHttpServer}
 * with the hub's connection limits; the management server ({@code camel.management.*}) is Camel's unchanged.
 */
public final class GuardedHttpServerFactory implements MainHttpServerFactory, CamelContextAware {

    private final DefaultMainHttpServerFactory camel = new DefaultMainHttpServerFactory();
    private final HttpServerLimits limits;
    private final ConnectionCounts counts;

    public GuardedHttpServerFactory(HttpServerLimits limits, ConnectionCounts counts) {
        this.limits = limits;
        this.counts = counts;
    }

    @Override
    public CamelContext getCamelContext() {
        return camel.getCamelContext();
    }

    @Override
    public void setCamelContext(CamelContext context) {
        camel.setCamelContext(context);
    }

    @Override
    public Service newHttpServer(CamelContext context, HttpServerConfigurationProperties properties) {
        MainHttpServer configured = (MainHttpServer) camel.newHttpServer(context, properties);
        Guarded server = new Guarded(limits, counts);
        server.setCamelContext(context);
        server.setConfiguration(configured.getConfiguration());
        server.setStaticEnabled(configured.isStaticEnabled());
        server.setStaticContextPath(configured.getStaticContextPath());
        server.setStaticSourceDir(configured.getStaticSourceDir());
        return server;
    }

    @Override
    public Service newHttpManagementServer(CamelContext context, HttpManagementServerConfigurationProperties properties) {
        return camel.newHttpManagementServer(context, properties);
    }

    /** Camel's main HTTP server, starting a {@link GuardedHttpServer} where Camel's starts its own. */
    private static final class Guarded extends MainHttpServer {
        private final HttpServerLimits limits;
        private final ConnectionCounts counts;

        Guarded(HttpServerLimits limits, ConnectionCounts counts) {
            this.limits = limits;
            this.counts = counts;
        }

        private GuardedHttpServer server;

        @Override
        protected void doInit() throws Exception {
            // as MainHttpServer does, with the guarded server: the context stops it, this starts it
            getConfiguration().setServerType(VertxPlatformHttpRouter.SERVER_TYPE_SERVER);
            server = new GuardedHttpServer(getConfiguration(), limits, counts);
            getCamelContext().addService(server);
        }

        @Override
        protected void doStart() throws Exception {
            ServiceHelper.startService(server);
            super.doStart();
        }
    }
}
