package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.http.Retryable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An order Tryton cannot take as it is (a SKU Tryton does not know, a shipment already sent): trying again now does
 * not help, so the order is a dead letter with every reason, replayed once the cause is gone.
 */
public final class SaleRefusedException extends RuntimeException implements Retryable {

    public SaleRefusedException(String order, List<String> reasons) {
        super(order + ": " + String.join("; ", reasons), null, false, false);
    }

    @Override
    public boolean isTransient() {
        return false;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
