package io.cloudsync.hub.storeorders;

/** The class a refused marketplace order's dead letter names: the catalogue or the store would not take it. */
public final class StoreOrderRefusedException extends RuntimeException {

    public StoreOrderRefusedException(String message) {
        super(message);
    }
}
