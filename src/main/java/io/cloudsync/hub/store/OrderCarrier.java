package io.cloudsync.hub.store;

import java.util.Map;

/**
 * An order's carrier line ({@code order_carriers}): who ships it and its tracking number.
 *
 * @param carrierName the carrier's name ({@code carriers.name}), empty when the store would not say
 * @param fields      the writable fields as the store holds them, for a PUT that changes only the tracking number
 */
public record OrderCarrier(long id, long orderId, long carrierId, String carrierName, String trackingNumber,
                           Map<String, String> fields) {

    public OrderCarrier {
        carrierName = carrierName == null ? "" : carrierName.trim();
        trackingNumber = trackingNumber == null ? "" : trackingNumber.trim();
        fields = Map.copyOf(fields);
    }

    public boolean hasTrackingNumber() {
        return !trackingNumber.isEmpty();
    }
}
