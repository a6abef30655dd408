package io.cloudsync.hub.marketsync.sink;

/** A product the hub did not send: it breaks MarketSync's column rules (the message lists every reason). */
public final class InvalidProductException extends RuntimeException {

    public InvalidProductException(String reasons) {
        super(reasons);
    }
}
