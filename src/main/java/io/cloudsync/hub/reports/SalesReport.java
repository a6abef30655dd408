package io.cloudsync.hub.reports;

import io.cloudsync.hub.params.QueryParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/reports/sales}: sales between two shop-local dates (or date-times), grouped by day, ISO week or
 * month, with every period of the range present (zeros included). Sales are the orders that count as sales
 * ({@link io.cloudsync.hub.model.OrderStatus#countsAsSale()}: not cancelled, refunded or a payment error),
 * placed in the range; {@code total} is what they cost the customers, tax included (products + shipping −
 * discounts, {@code total_paid_tax_incl}), in the shop's default currency; {@code total_tax_excl} the same without
 * tax. {@code channels} splits the range's sales by channel: the web shop and each marketplace ({@link SalesChannels}).
 */
public final class SalesReport {

    private final ReportRepository reports;
    private final ShopZone shopZone;
    private final Clock clock;
    private final String marketplaceModule;

    public SalesReport(ReportRepository reports, ShopZone shopZone, Clock clock) {
        this(reports, shopZone, clock, "marketsync");
    }

    /** @param marketplaceModule the payment module of marketplace orders ({@code hub.store.marketplace-payment-module}) */
    public SalesReport(ReportRepository reports, ShopZone shopZone, Clock clock, String marketplaceModule) {
        this.reports = reports;
        this.shopZone = shopZone;
        this.clock = clock;
        this.marketplaceModule = marketplaceModule;
    }

    /** What to report: the range and the grouping. */
    public record Query(ReportRange range, GroupBy groupBy) {

        /**
         * From query parameters {@code start_date}, {@code end_date} (default: the 30 days ending today) and
         * {@code group_by} ({@code day}, {@code week} or {@code month}; default {@code day}).
         */
        public static Query from(Map<String, String> parameters, ZoneId zone, LocalDate today) {
            QueryParams params = QueryParams.of(parameters);
            GroupBy groupBy = GroupBy.of(params.oneOf("group_by", "day", Set.of("day", "week", "month")));
            return new Query(ReportRange.parse(params.text("start_date").orElse(null),
                    params.text("end_date").orElse(null), zone, today), groupBy);
        }
    }

    /** One period: its first day, its sales tax included, its number of orders, and its sales without tax. */
    public record Period(LocalDate date, BigDecimal total, long orders, BigDecimal totalTaxExcl) {
    }

    /**
     * The report. {@code totalSales} is the sum of the periods' totals, {@code averageTicket} is
     * {@code totalSales / totalOrders} (0 without orders); amounts have two decimals.
     */
    public record Result(LocalDate startDate, LocalDate endDate, String groupBy, String timezone, List<Period> data,
                         BigDecimal totalSales, BigDecimal totalSalesTaxExcl, long totalOrders,
                         BigDecimal averageTicket, List<SalesChannels.Channel> channels) {

        public Result {
            channels = List.copyOf(channels);
        }
    }

    /** The report for query parameters as the HTTP layer receives them. */
    public Result report(Map<String, String> parameters) {
        ZoneId zone = shopZone.zone();
        return report(Query.from(parameters, zone, LocalDate.now(clock.withZone(zone))));
    }

    public Result report(Query query) {
        ReportRange range = query.range();
        GroupBy groupBy = query.groupBy();
        Map<LocalDate, Sum> periods = new LinkedHashMap<>();
        groupBy.periods(range.firstDay(), range.lastDay()).forEach(period -> periods.put(period, new Sum()));
        for (ReportAggregates.DaySales day : reports.salesByDay(range.from(), range.to())) {
            Sum sum = periods.get(groupBy.periodOf(day.date()));
            if (sum != null) {
                sum.add(day);
            }
        }
        List<Period> data = new ArrayList<>(periods.size());
        BigDecimal total = money(BigDecimal.ZERO);
        BigDecimal totalTaxExcl = money(BigDecimal.ZERO);
        long orders = 0;
        for (Map.Entry<LocalDate, Sum> period : periods.entrySet()) {
            Sum sum = period.getValue();
            Period figures = new Period(period.getKey(), money(sum.taxIncl), sum.orders, money(sum.taxExcl));
            data.add(figures);
            total = total.add(figures.total());
            totalTaxExcl = totalTaxExcl.add(figures.totalTaxExcl());
            orders += figures.orders();
        }
        BigDecimal average = orders == 0 ? money(BigDecimal.ZERO)
                : total.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
        return new Result(range.firstDay(), range.lastDay(), groupBy.parameter(), range.zone().getId(), data, total,
                totalTaxExcl, orders, average,
                SalesChannels.of(reports.salesByPayment(range.from(), range.to(), marketplaceModule)));
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static final class Sum {
        private BigDecimal taxIncl = BigDecimal.ZERO;
        private BigDecimal taxExcl = BigDecimal.ZERO;
        private long orders;

        void add(ReportAggregates.DaySales day) {
            taxIncl = taxIncl.add(day.totalTaxIncl());
            taxExcl = taxExcl.add(day.totalTaxExcl());
            orders += day.orders();
        }
    }
}
