package io.cloudsync.hub.sandbox.marketsync.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are kept as ten-thousandths in a {@code long} (MarketSync shows prices with four decimals). */
public final class Money {

    public static final long NONE = -1;
    private static final BigDecimal SCALE = BigDecimal.valueOf(10_000);

    private Money() {
    }

    public static long of(BigDecimal amount) {
        return amount.multiply(SCALE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal toDecimal(long tenThousandths) {
        return BigDecimal.valueOf(tenThousandths, 4);
    }

    /** {@code 599.0000}, as the precios controller shows prices. */
    public static String fourDecimals(long tenThousandths) {
        return toDecimal(tenThousandths).toPlainString();
    }

    /** {@code 599.00}, as product and order answers show amounts. */
    public static String twoDecimals(long tenThousandths) {
        return toDecimal(tenThousandths).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
