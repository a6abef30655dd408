package io.cloudsync.hub.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer segments of {@link CustomerAnalytics}. Every customer is in exactly one, decided in this order
 * (see {@link SegmentRules}): {@code at_risk}, {@code vip}, {@code new}, {@code returning}; {@code no_orders}
 * holds the mirrored customers who never bought.
 */
public enum Segment {
    AT_RISK,
    VIP,
    NEW,
    RETURNING,
    NO_ORDERS;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Set<String> parameters() {
        return Arrays.stream(values()).map(Segment::parameter).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static Segment of(String parameter) {
        return valueOf(parameter.toUpperCase(Locale.ROOT));
    }
}
