package io.cloudsync.hub.sandbox.marketsync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.sandbox.BindHost;
import io.cloudsync.hub.sandbox.faults.FaultInjector;
import io.cloudsync.hub.sandbox.marketsync.activity.MarketplaceActions;
import io.cloudsync.hub.sandbox.marketsync.activity.OrderGenerator;
import io.cloudsync.hub.sandbox.marketsync.activity.SandboxActivity;
import io.cloudsync.hub.sandbox.marketsync.api.ApiRouter;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.inspection.InspectionApi;
import io.cloudsync.hub.sandbox.marketsync.store.Availability;
import io.cloudsync.hub.sandbox.marketsync.store.MarketSkus;
import io.cloudsync.hub.sandbox.marketsync.store.OrderBook;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import io.cloudsync.hub.sandbox.marketsync.store.Publisher;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.store.SellerMarkets;
import io.cloudsync.hub.sandbox.marketsync.store.StockDeduction;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The sandbox MarketSync: the signed REST API under {@code {url}/api/{controller}}, the inspection API under
 * {@code {url}/_sandbox/}, publication and order activity, fault injection. Runs on the caller's Vert.x; one HTTP
 * server per core shares the port.
 */
public final class MarketSyncSimulator implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private static final AtomicInteger RANDOM_PORT_KEYS = new AtomicInteger(52_000);

    private final String deployment;
    private final BindHost host;
    private final int port;
    private final MarketSyncState state;
    private final RequestLog requests;
    private final FaultInjector faults;
    private final SandboxActivity activity;

    private MarketSyncSimulator(Vertx vertx, String deployment, BindHost host, int port, MarketSyncState state,
                                RequestLog requests, FaultInjector faults, SandboxActivity activity) {
        this.vertx = vertx;
        this.deployment = deployment;
        this.host = host;
        this.port = port;
        this.state = state;
        this.requests = requests;
        this.faults = faults;
        this.activity = activity;
    }

    /** Starts the simulator and returns once it listens. Call from a thread that is not a Vert.x event loop. */
    public static MarketSyncSimulator start(Vertx vertx, MarketSyncSandboxSettings settings) {
        return start(vertx, settings, BindHost.LOOPBACK);
    }

    /** Same, listening on {@code host} (loopback unless the sandbox must be reached from elsewhere). */
    public static MarketSyncSimulator start(Vertx vertx, MarketSyncSandboxSettings settings, BindHost host) {
        return start(vertx, settings, host, Clock.systemUTC());
    }

    /**
     * Same, on {@code clock} (dates of orders, publication, the envelope, the signature's time window): a test moves
     * it to see dates change without waiting.
     */
    public static MarketSyncSimulator start(Vertx vertx, MarketSyncSandboxSettings settings, BindHost host,
                                            Clock clock) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("MarketSyncSimulator.start blocks: call it outside a Vert.x event loop");
        }
        Catalogue catalogue = Catalogue.bundled();
        ProductStore products = new ProductStore();
        SellerMarkets sellerMarkets = new SellerMarkets(catalogue);
        OrderBook orders = new OrderBook(new StockDeduction(id -> catalogue.statuses(id).orElse(null)));
        Publisher publisher = new Publisher(products, sellerMarkets, catalogue, new MarketSkus(settings.seed()), clock,
                settings.publishDelay());
        SandboxData data = new SandboxData(catalogue, products, publisher, sellerMarkets, orders,
                new Availability(orders, sellerMarkets), clock);
        OrderGenerator generator = new OrderGenerator(data, settings.seed(), settings.cancellationsPercent());
        MarketplaceActions marketplaces = new MarketplaceActions(data, settings.seed());
        RequestLog requests = new RequestLog(RequestLog.DEFAULT_CAPACITY);
        FaultInjector faults = new FaultInjector(vertx, settings.seed());
        ObjectMapper json = new ObjectMapper();
        ApiRouter api = new ApiRouter(vertx, data, settings.token(), settings.privateKey(),
                settings.rateLimitPerSecond(), faults, requests, json);
        InspectionApi inspection = new InspectionApi(vertx, data, requests, faults, generator, marketplaces, json);
        Supplier<Router> routers = () -> {
            Router router = Router.router(vertx);
            api.mount(router);
            inspection.mount(router);
            return router;
        };
        // Vert.x shares a port between servers only when it is fixed, or negative: servers listening on the same
        // negative number share one random port. Port 0 would give each server a port of its own.
        int port = settings.port() == 0 ? -RANDOM_PORT_KEYS.incrementAndGet() : settings.port();
        List<HttpVerticle> servers = new CopyOnWriteArrayList<>();
        String deployment = await(vertx.deployVerticle(() -> {
            HttpVerticle server = new HttpVerticle(routers, host.address(), port);
            servers.add(server);
            return server;
        }, new DeploymentOptions().setInstances(Math.max(2, Runtime.getRuntime().availableProcessors()))));
        SandboxActivity activity = new SandboxActivity(vertx, data, generator, settings.ordersPerMinute());
        return new MarketSyncSimulator(vertx, deployment, host, servers.get(0).actualPort(),
                new MarketSyncState(data, generator, marketplaces), requests, faults, activity);
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:{port}}; the hub calls {@code {url}/api/{controller}}. */
    public String url() {
        return "http://" + host.urlHost() + ":" + port;
    }

    public MarketSyncState state() {
        return state;
    }

    public RequestLog requests() {
        return requests;
    }

    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void close() {
        activity.close();
        if (vertx.deploymentIDs().contains(deployment)) {
            await(vertx.undeploy(deployment));
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping the MarketSync sandbox", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("MarketSync sandbox: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("MarketSync sandbox did not start or stop within " + TIMEOUT_SECONDS
                    + " s", e);
        }
    }
}
