package io.cloudsync.hub.marketsync.stock;

import io.cloudsync.hub.marketsync.MarketSyncSigner;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * MarketSync's clock: it writes and compares dates as Mexico City wall-clock time without an offset. The hub
 * keeps instants and converts at the edge. Mexico City has kept one offset all year since October 2022; for a
 * wall-clock time a past daylight-saving change made ambiguous, {@link #instant} takes the earlier instant
 * (a sale then counts as registered earlier, which only lowers the figures) and {@link #unambiguous} tells a
 * cut-off the hub must not send.
 */
public final class MarketSyncTime {

    public static final ZoneId ZONE = MarketSyncSigner.MEXICO_CITY;
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private MarketSyncTime() {
    }

    /** The instant as MarketSync writes it, to the second: {@code 2026-12-07T02:54:31}. */
    public static String text(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZONE).format(TEXT);
    }

    /** A MarketSync wall-clock time ({@code T} or a space between date and time) as an instant. */
    public static Instant instant(String text) {
        LocalDateTime local = LocalDateTime.parse(text.trim().replace(' ', 'T'));
        return local.atZone(ZONE).withEarlierOffsetAtOverlap().toInstant();
    }

    /** Whether MarketSync reads the instant's wall-clock text back as that very instant (no overlap, no gap). */
    public static boolean unambiguous(Instant instant) {
        return ZONE.getRules().getValidOffsets(LocalDateTime.ofInstant(instant, ZONE)).size() == 1;
    }
}
