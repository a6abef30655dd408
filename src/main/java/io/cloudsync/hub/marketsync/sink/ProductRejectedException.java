package io.cloudsync.hub.marketsync.sink;

/** MarketSync refused a product the hub sent (a 4xx naming it); the message is MarketSync's. */
public final class ProductRejectedException extends RuntimeException {

    public ProductRejectedException(String message) {
        super(message);
    }
}
