package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import java.time.Clock;

/** Everything the simulated seller account holds, shared by the controllers, the activity and the inspection API. */
public record SandboxData(Catalogue catalogue, ProductStore products, Publisher publisher, SellerMarkets sellerMarkets,
                          OrderBook orders, Availability availability, Clock clock) {

    /** Forgets every product, order and marketplace setting (the request log is kept apart). */
    public void reset() {
        products.exclusively(() -> {
            products.clear();
            publisher.clear();
            orders.clear();
            sellerMarkets.reset();
            return null;
        });
    }
}
