package io.cloudsync.hub.marketsync.sink;

/**
 * The store changed a column MarketSync does not let a PUT change (such as {@code categoria_id}): the rest was
 * sent, this change was not. A person decides (map it back, or recreate the product in MarketSync).
 */
public final class MarketSyncCannotFollowException extends RuntimeException {

    public MarketSyncCannotFollowException(String message) {
        super(message);
    }
}
