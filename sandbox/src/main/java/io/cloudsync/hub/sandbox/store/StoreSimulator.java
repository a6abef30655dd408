package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.BindHost;
import io.cloudsync.hub.sandbox.faults.FaultInjector;
import io.cloudsync.hub.sandbox.store.control.ActivityGenerator;
import io.cloudsync.hub.sandbox.store.control.ControlRoutes;
import io.cloudsync.hub.sandbox.store.media.PublicImageRoutes;
import io.cloudsync.hub.sandbox.store.webservice.WebserviceRoutes;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox PrestaShop store: a generated shop served through a faithful Webservice ({@code /api/...}), its
 * public image URLs, the fault injector and the control API ({@code /_sandbox/...}). One HTTP server per event loop
 * (at most two) share the port.
 */
public final class StoreSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSimulator.class);
    private static final long START_TIMEOUT_SECONDS = 30;

    private final BindHost host;
    private final Vertx vertx;
    private final SandboxShop shop;
    private final FaultInjector faults;
    private final ActivityGenerator activity;
    private final List<String> deployments = new ArrayList<>();
    private volatile int port;

    private StoreSimulator(Vertx vertx, SandboxShop shop, FaultInjector faults, ActivityGenerator activity,
                           BindHost host) {
        this.host = host;
        this.vertx = vertx;
        this.shop = shop;
        this.faults = faults;
        this.activity = activity;
    }

    /** Generates the shop (its history ends now, its clock runs with real time) and serves it; blocks until listening. */
    public static StoreSimulator start(Vertx vertx, StoreSandboxSettings settings) {
        return start(vertx, settings, new ShopClock(Clock.systemUTC(), Instant.now(), false));
    }

    /** Same, with a given clock (tests freeze it at a known instant so that the shop is the same on every run). */
    public static StoreSimulator start(Vertx vertx, StoreSandboxSettings settings, ShopClock clock) {
        return start(vertx, settings, clock, BindHost.LOOPBACK);
    }

    /** Same, listening on {@code host} (loopback unless the sandbox must be reached from elsewhere). */
    public static StoreSimulator start(Vertx vertx, StoreSandboxSettings settings, ShopClock clock, BindHost host) {
        if (io.vertx.core.Context.isOnVertxThread()) {
            throw new IllegalStateException("StoreSimulator.start blocks while it generates the shop and binds the port: "
                    + "call it from a plain thread (or inside vertx.executeBlocking), not from a Vert.x thread");
        }
        long started = System.nanoTime();
        SandboxShop shop = SandboxShop.generate(settings, clock);
        long generated = System.nanoTime();
        FaultInjector faults = new FaultInjector(vertx, settings.seed());
        ActivityGenerator activity = new ActivityGenerator(vertx, shop, 0, settings.lowStock());
        StoreSimulator simulator = new StoreSimulator(vertx, shop, faults, activity, host);
        Router router = simulator.router(settings);
        try {
            simulator.listen(router, settings.port());
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        activity.setRate(settings.activityPerMinute());
        LOG.info("Sandbox store on {}: {} products, {} combinations, {} orders generated in {} ms", simulator.url(),
                shop.data().products.size(), shop.data().combinations.size(), shop.data().orders.size(),
                (generated - started) / 1_000_000);
        return simulator;
    }

    private Router router(StoreSandboxSettings settings) {
        Router router = Router.router(vertx);
        faults.mount(router);
        new ControlRoutes(shop, activity).mount(router);
        new WebserviceRoutes(shop, faults, settings.apiKey(), this::url).mount(router);
        new PublicImageRoutes(shop).mount(router);
        return router;
    }

    private void listen(Router router, int requestedPort) {
        int instances = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        List<ServerVerticle> servers = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            // Servers asking for the same port share its socket; for a random one Vert.x wants a negative port (0
            // would give each server its own).
            int sharedPort = requestedPort == 0 ? -1 : requestedPort;
            deployments.add(vertx.deployVerticle(() -> {
                ServerVerticle server = new ServerVerticle(router, host.address(), sharedPort);
                servers.add(server);
                return server;
            }, new DeploymentOptions().setInstances(instances)).toCompletionStage().toCompletableFuture()
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the sandbox store", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the sandbox store cannot listen on port " + requestedPort + ": "
                    + cause.getMessage(), cause);
        }
        port = servers.get(0).actualPort;
        if (servers.stream().anyMatch(server -> server.actualPort != port)) {
            throw new IllegalStateException("the sandbox store servers did not share one port");
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://" + host.urlHost() + ":" + port;
    }

    public SandboxShop shop() {
        return shop;
    }

    public FaultInjector faults() {
        return faults;
    }

    public ActivityGenerator activity() {
        return activity;
    }

    @Override
    public void close() {
        activity.close();
        for (String deployment : deployments) {
            try {
                vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("Could not stop a sandbox store server: {}", e.getMessage());
            }
        }
        deployments.clear();
    }

    /** One HTTP server on its own event loop; servers on the same port share the connections. */
    private static final class ServerVerticle extends AbstractVerticle {
        private final Router router;
        private final String listenHost;
        private final int listenPort;
        private volatile int actualPort;

        ServerVerticle(Router router, String listenHost, int listenPort) {
            this.router = router;
            this.listenHost = listenHost;
            this.listenPort = listenPort;
        }

        @Override
        public void start(Promise<Void> started) {
            HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true)
                    .setTcpNoDelay(true);
            vertx.createHttpServer(options).requestHandler(router).listen(listenPort, listenHost).onSuccess(server -> {
                actualPort = server.actualPort();
                started.complete();
            }).onFailure(started::fail);
        }
    }
}
