package io.cloudsync.hub.sandbox.store.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal amounts as millionths (PrestaShop keeps prices, weights and rates with six decimals). */
public final class Micros {

    public static final long ONE = 1_000_000L;

    private Micros() {
    }

    public static long of(String text) {
        return new BigDecimal(text.trim()).setScale(6, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    public static long of(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    public static long ofCents(long cents) {
        return cents * 10_000L;
    }

    public static BigDecimal toDecimal(long micros) {
        return BigDecimal.valueOf(micros, 6);
    }

    /** {@code 23900000} → {@code "23.900000"}. */
    public static String format(long micros) {
        return format(micros, 6);
    }

    /** With fewer decimals, e.g. tax rates {@code "21.000"}. */
    public static String format(long micros, int decimals) {
        return BigDecimal.valueOf(micros, 6).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** The amount rounded half up to {@code decimals}, still in millionths. */
    public static long round(long micros, int decimals) {
        return of(BigDecimal.valueOf(micros, 6).setScale(decimals, RoundingMode.HALF_UP));
    }
}
