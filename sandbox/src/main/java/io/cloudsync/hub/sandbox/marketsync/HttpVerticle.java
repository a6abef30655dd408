package io.cloudsync.hub.sandbox.marketsync;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/**
 * One HTTP server of the simulator on its own event loop. Several instances listen on the same port, and Vert.x
 * spreads the connections over them.
 */
final class HttpVerticle extends AbstractVerticle {

    private final Supplier<Router> routers;
    private final String host;
    private final int port;
    private volatile int actualPort;

    HttpVerticle(Supplier<Router> routers, String host, int port) {
        this.routers = routers;
        this.host = host;
        this.port = port;
    }

    @Override
    public void start(Promise<Void> started) {
        // HTTP/1.1 only, like MarketSync: a clear-text HTTP/2 upgrade would close the HTTP/1 response mid-request.
        HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false);
        vertx.createHttpServer(options).requestHandler(routers.get()).listen(port, host)
                .onSuccess((HttpServer server) -> {
                    actualPort = server.actualPort();
                    started.complete();
                })
                .onFailure(started::fail);
    }

    int actualPort() {
        return actualPort;
    }
}
