package io.cloudsync.hub.reports;

import io.cloudsync.hub.params.QueryParams;
import io.cloudsync.hub.mirror.MirrorRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/reports/customers/analytics}: customers by segment ({@link SegmentRules}), each segment with how
 * many customers, their orders, revenue and average order value. Asked for one {@code segment}, it lists that
 * segment's customers too (ids and figures only: no names or e-mails in reports; the sync API serves those).
 */
public final class CustomerAnalytics {

    private final ReportRepository reports;
    private final MirrorRepository mirror;
    private final SegmentRules rules;
    private final ShopZone shopZone;
    private final Clock clock;

    public CustomerAnalytics(ReportRepository reports, MirrorRepository mirror, SegmentRules rules, ShopZone shopZone,
                             Clock clock) {
        this.reports = reports;
        this.mirror = mirror;
        this.rules = rules;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /**
     * @param segment one segment only, with its customers listed; empty: every segment, no list
     * @param limit   at most this many customers listed (1 to 1000; default 100), biggest spenders first
     */
    public record Query(Optional<Segment> segment, int limit) {

        public static Query from(Map<String, String> parameters) {
            QueryParams params = QueryParams.of(parameters);
            String segment = params.oneOf("segment", "", Segment.parameters());
            return new Query(segment.isEmpty() ? Optional.empty() : Optional.of(Segment.of(segment)),
                    params.integer("limit", 100, 1, 1000));
        }
    }

    /** A segment's figures; the average order value is revenue / orders (0 without orders). */
    public record SegmentFigures(String segment, long customers, long orders, BigDecimal revenue,
                                 BigDecimal averageOrderValue) {
    }

    /** One customer of the asked segment. */
    public record CustomerFigures(long id, long orders, BigDecimal revenue, BigDecimal averageOrderValue,
                                  LocalDate firstOrder, LocalDate lastOrder) {
    }

    /**
     * The report, on the shop-local day {@code asOf}, with the thresholds it used; {@code customers} is empty
     * unless one segment was asked for.
     */
    public record Result(LocalDate asOf, String timezone, BigDecimal vipSpend, int atRiskDays,
                         long totalCustomers, List<SegmentFigures> segments, List<CustomerFigures> customers) {
    }

    public Result report(Map<String, String> parameters) {
        return report(Query.from(parameters));
    }

    public Result report(Query query) {
        ZoneId zone = shopZone.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<Segment, List<ReportAggregates.CustomerSales>> bySegment = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            bySegment.put(segment, new ArrayList<>());
        }
        Set<String> buyers = new HashSet<>();
        for (ReportAggregates.CustomerSales customer : reports.salesByCustomer()) {
            bySegment.get(rules.segmentOf(customer, today)).add(customer);
            buyers.add(Long.toString(customer.customerId()));
        }
        for (String id : mirror.liveStoreIds("customers")) {
            if (!buyers.contains(id) && id.matches("\\d+")) {
                bySegment.get(Segment.NO_ORDERS).add(new ReportAggregates.CustomerSales(Long.parseLong(id), 0,
                        BigDecimal.ZERO, null, null));
            }
        }
        List<SegmentFigures> segments = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Segment, List<ReportAggregates.CustomerSales>> entry : bySegment.entrySet()) {
            total += entry.getValue().size();
            if (query.segment().isEmpty() || query.segment().get() == entry.getKey()) {
                segments.add(figures(entry.getKey(), entry.getValue()));
            }
        }
        List<CustomerFigures> customers = query.segment().map(segment -> bySegment.get(segment).stream()
                .sorted(Comparator.comparing(ReportAggregates.CustomerSales::revenueTaxIncl).reversed()
                        .thenComparingLong(ReportAggregates.CustomerSales::customerId))
                .limit(query.limit())
                .map(c -> new CustomerFigures(c.customerId(), c.orders(), SalesReport.money(c.revenueTaxIncl()),
                        average(c.revenueTaxIncl(), c.orders()), c.firstOrder(), c.lastOrder()))
                .toList()).orElse(List.of());
        return new Result(today, zone.getId(), SalesReport.money(rules.vipSpend()), rules.atRiskDays(), total, segments,
                customers);
    }

    private static SegmentFigures figures(Segment segment, List<ReportAggregates.CustomerSales> customers) {
        long orders = customers.stream().mapToLong(ReportAggregates.CustomerSales::orders).sum();
        BigDecimal revenue = customers.stream().map(ReportAggregates.CustomerSales::revenueTaxIncl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SegmentFigures(segment.parameter(), customers.size(), orders, SalesReport.money(revenue),
                average(revenue, orders));
    }

    private static BigDecimal average(BigDecimal revenue, long orders) {
        return orders == 0 ? SalesReport.money(BigDecimal.ZERO)
                : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }
}
