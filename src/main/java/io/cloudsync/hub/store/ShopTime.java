package io.cloudsync.hub.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** The shop's {@code PS_TIMEZONE} (as the store sent it) and the instant its server said it was. */
public record ShopTime(String timezone, Instant now) {

    /** The zone every shop date is written in; a clear error when the store's value is not a zone. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new StoreException(0, "the shop's PS_TIMEZONE '" + timezone + "' is not a time zone");
        }
    }
}
