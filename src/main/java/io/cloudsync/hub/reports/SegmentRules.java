package io.cloudsync.hub.reports;

import io.cloudsync.hub.config.HubProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a customer who bought is put in a segment, from their sales over the kept period (orders that count as
 * sales; revenue tax included, in the shop's default currency), on a shop-local day {@code today}:
 * <ol>
 *   <li>{@code at_risk}: the last order is more than {@code atRiskDays} days old ({@code hub.reports.at-risk-days});</li>
 *   <li>{@code vip}: otherwise, revenue of at least {@code vipSpend} ({@code hub.reports.vip-spend});</li>
 *   <li>{@code new}: otherwise, exactly one order (a first-time buyer);</li>
 *   <li>{@code returning}: otherwise (two orders or more).</li>
 * </ol>
 */
public record SegmentRules(BigDecimal vipSpend, int atRiskDays) {

    public SegmentRules {
        if (vipSpend.signum() <= 0 || atRiskDays < 1) {
            throw new IllegalArgumentException("hub.reports.vip-spend and hub.reports.at-risk-days must be positive");
        }
    }

    public static SegmentRules from(HubProperties properties) {
        String spend = properties.get("hub.reports.vip-spend");
        try {
            return new SegmentRules(new BigDecimal(spend.trim()), properties.getInt("hub.reports.at-risk-days"));
        } catch (NumberFormatException e) {
            throw new io.cloudsync.hub.config.ConfigException("hub.reports.vip-spend must be an amount such as 500"
                    + " or 499.99, got '" + spend + "'");
        }
    }

    public Segment segmentOf(ReportAggregates.CustomerSales customer, LocalDate today) {
        if (customer.lastOrder().isBefore(today.minusDays(atRiskDays))) {
            return Segment.AT_RISK;
        }
        if (customer.revenueTaxIncl().compareTo(vipSpend) >= 0) {
            return Segment.VIP;
        }
        return customer.orders() <= 1 ? Segment.NEW : Segment.RETURNING;
    }
}
