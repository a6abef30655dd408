package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** MarketSync speaks Mexico City wall-clock time, shown as {@code YYYY-MM-DD HH:mm:ss}. */
public final class MexicoCityTime {

    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private MexicoCityTime() {
    }

    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static String shown(Instant instant) {
        return instant == null ? null : of(instant).format(SHOWN);
    }

    public static String shown(LocalDateTime time) {
        return time == null ? null : time.format(SHOWN);
    }
}
