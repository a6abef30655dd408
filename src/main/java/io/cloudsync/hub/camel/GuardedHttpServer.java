package io.cloudsync.hub.camel;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;
import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.component.vertx.common.VertxHelper;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Camel's platform-http server for the API port, started with the hub's connection limits: Camel builds its
 * Vert.x {@code HttpServerOptions} inside {@code startServer} and offers no way to set an idle timeout or a
 * connection handler, so this subclass starts the server itself (the router, routes, body handler and CORS stay
 * Camel's: it serves the router Camel registered). HTTP/1.x only: {@link ConnectionGuard} watches one request at
 * a time per connection, which h2c would break.
 */
final class GuardedHttpServer extends VertxPlatformHttpServer {

    private static final long WAIT_SECONDS = 30;

    private final VertxPlatformHttpServerConfiguration configuration;
    private final HttpServerLimits limits;
    private final ConnectionCounts counts;
    private HttpServer server;
    private boolean createdVertx;

    GuardedHttpServer(VertxPlatformHttpServerConfiguration configuration, HttpServerLimits limits,
                      ConnectionCounts counts) {
        super(configuration);
        this.configuration = configuration;
        this.limits = limits;
        this.counts = counts;
    }

    @Override
    public HttpServer getServer() {
        return server;
    }

    @Override
    public int getPort() {
        return server != null ? server.actualPort() : configuration.getBindPort();
    }

    @Override
    protected void startServer() throws Exception {
        HttpServerOptions options = new HttpServerOptions()
                .setIdleTimeout((int) limits.idleTimeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setHttp2ClearTextEnabled(false);
        SSLContextParameters ssl = configuration.getSslContextParameters();
        if (ssl == null && configuration.isUseGlobalSslContextParameters()) {
            ssl = getCamelContext().getSSLContextParameters();
        }
        if (ssl != null) {
            VertxHelper.setupSSLOptions(getCamelContext(), ssl, options);
        }
        VertxPlatformHttpRouter routes = VertxPlatformHttpRouter.lookup(getCamelContext(),
                VertxPlatformHttpRouter.getRouterNameFromPort(configuration.getPort()));
        if (routes == null) {
            throw new IllegalStateException("Camel registered no platform-http router for port "
                    + configuration.getPort());
        }
        ConnectionGuard guard = new ConnectionGuard(getVertx(), limits, counts);
        Router top = Router.router(getVertx());
        top.route().order(Integer.MIN_VALUE).handler(routing -> {
            guard.requestStarted(routing.request());
            routing.addEndHandler(ended -> guard.answered(routing.request()));
            routing.next();
        });
        top.route(configuration.getPath() + "*").subRouter(routes);
        server = getVertx().createHttpServer(options).connectionHandler(guard).requestHandler(top);
        server.listen(configuration.getBindPort(), configuration.getBindHost()).toCompletionStage()
                .toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    protected Vertx createVertxInstance() {
        createdVertx = true;
        return super.createVertxInstance();
    }

    /** As Camel's, which closes the Vert.x it found (not one it made), on the thread that stops the server. */
    @Override
    protected void stopVertx() {
        Vertx vertx = getVertx();
        if (vertx == null || createdVertx) {
            return;
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Vert.x did not close: " + e.getMessage(), e);
        }
    }

    @Override
    protected void stopServer() {
        if (server == null) {
            return;
        }
        try {
            getCamelContext().removeComponent(PlatformHttpConstants.PLATFORM_HTTP_COMPONENT_NAME);
            server.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("the API server did not close: " + e.getMessage(), e);
        } finally {
            server = null;
        }
    }
}
