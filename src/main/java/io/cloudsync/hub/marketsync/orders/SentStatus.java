package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import java.time.Instant;

/**
 * What the hub did about one change of an imported order (a row of {@code marketplace_status_sent}).
 *
 * @param estatus the word sent with {@code PUT pedidos}; null when the market has none for that change
 * @param sentAt  when MarketSync accepted it; null while the call's outcome is unknown
 */
public record SentStatus(long marketSyncOrderId, OrderStatusChange change, String estatus, Instant sentAt) {

    /** Done: accepted by MarketSync, or nothing to send. */
    public boolean settled() {
        return sentAt != null;
    }
}
