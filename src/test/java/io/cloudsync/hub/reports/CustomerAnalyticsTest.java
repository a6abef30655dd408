package io.cloudsync.hub.reports;

import static io.cloudsync.hub.reports.ReportFixtures.CANCELLED;
import static io.cloudsync.hub.reports.ReportFixtures.MADRID;
import static io.cloudsync.hub.reports.ReportFixtures.PAID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.db.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Every customer in exactly one segment, by the documented precedence and thresholds. */
class CustomerAnalyticsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), MADRID);
    private static final SegmentRules RULES = new SegmentRules(new BigDecimal("500"), 90);

    private static CustomerAnalytics service(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        ReportRepository reports = new ReportRepository(db.dataSource());
        mirror.upsertPage("customers", IntStream.rangeClosed(1, 7)
                .mapToObj(i -> MirrorUpsert.of(Integer.toString(i), null, "{\"id\":" + i + "}")).toList());
        new ReportFixtures(mirror, reports)
                // 1: at risk: a big spender whose last order is 91 days old
                .order(1, "2024-03-31T12:00:00", PAID, "900.00")
                // 2: VIP: 500 exactly, recent
                .order(2, "2024-06-01T12:00:00", PAID, "200.00")
                .order(2, "2024-06-29T12:00:00", PAID, "300.00")
                // 3: new: one order
                .order(3, "2024-06-29T12:00:00", PAID, "40.00")
                // 4: returning: two orders, last one 90 days old (not more than 90: not at risk)
                .order(4, "2024-01-10T12:00:00", PAID, "10.00")
                .order(4, "2024-04-01T12:00:00", PAID, "30.00")
                // 5: only a cancelled order: never bought
                .order(5, "2024-06-20T12:00:00", CANCELLED, "70.00")
                // 6 and 7: never ordered; 8: a guest who bought but is not (yet) in the mirror
                .order(8, "2024-06-30T09:00:00", PAID, "20.00")
                .write();
        return new CustomerAnalytics(reports, mirror, RULES, ShopZone.fixed(MADRID), NOW);
    }

    @EngineTest
    void segmentsWithCustomersOrdersRevenueAndAverageOrderValue(TestDatabase db) {
        CustomerAnalytics.Result result = service(db).report(Map.of());

        assertThat(result.segments()).extracting(CustomerAnalytics.SegmentFigures::segment,
                CustomerAnalytics.SegmentFigures::customers, CustomerAnalytics.SegmentFigures::orders,
                s -> s.revenue().toPlainString(), s -> s.averageOrderValue().toPlainString()).containsExactly(
                Tuple.tuple("at_risk", 1L, 1L, "900.00", "900.00"),
                Tuple.tuple("vip", 1L, 2L, "500.00", "250.00"),
                Tuple.tuple("new", 2L, 2L, "60.00", "30.00"),
                Tuple.tuple("returning", 1L, 2L, "40.00", "20.00"),
                Tuple.tuple("no_orders", 3L, 0L, "0.00", "0.00"));
        assertThat(result.totalCustomers()).isEqualTo(8);
        assertThat(result.customers()).isEmpty();
        assertThat(result.asOf()).hasToString("2024-06-30");
        assertThat(result.vipSpend()).isEqualByComparingTo("500");
        assertThat(result.atRiskDays()).isEqualTo(90);
    }

    @EngineTest
    void oneSegmentListsItsCustomersBiggestSpendersFirst(TestDatabase db) {
        CustomerAnalytics.Result result = service(db).report(Map.of("segment", "new"));

        assertThat(result.segments()).extracting(CustomerAnalytics.SegmentFigures::segment).containsExactly("new");
        assertThat(result.customers()).extracting(CustomerAnalytics.CustomerFigures::id,
                CustomerAnalytics.CustomerFigures::orders, c -> c.revenue().toPlainString(),
                c -> c.lastOrder().toString()).containsExactly(
                Tuple.tuple(3L, 1L, "40.00", "2024-06-29"),
                Tuple.tuple(8L, 1L, "20.00", "2024-06-30"));
        assertThat(service(db).report(Map.of("segment", "no_orders")).customers())
                .extracting(CustomerAnalytics.CustomerFigures::id).containsExactly(5L, 6L, 7L);
    }

    @Test
    void anUnknownSegmentIsNamed() {
        CustomerAnalytics service = new CustomerAnalytics(null, null, RULES, ShopZone.fixed(MADRID), NOW);

        assertThatThrownBy(() -> service.report(Map.of("segment", "whales")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("segment");
                    assertThat(e.getMessage()).contains("at_risk", "new", "no_orders", "returning", "vip");
                });
    }

    @Test
    void rulesFollowTheirPrecedence() {
        var today = java.time.LocalDate.parse("2024-06-30");
        assertThat(RULES.segmentOf(sales(5, "5000", "2024-03-31"), today)).isEqualTo(Segment.AT_RISK);
        assertThat(RULES.segmentOf(sales(1, "500", "2024-04-01"), today)).isEqualTo(Segment.VIP);
        assertThat(RULES.segmentOf(sales(1, "499.99", "2024-06-30"), today)).isEqualTo(Segment.NEW);
        assertThat(RULES.segmentOf(sales(2, "499.99", "2024-06-30"), today)).isEqualTo(Segment.RETURNING);
    }

    private static io.cloudsync.hub.reports.ReportAggregates.CustomerSales sales(long orders, String revenue, String last) {
        return new io.cloudsync.hub.reports.ReportAggregates.CustomerSales(1, orders, new BigDecimal(revenue),
                java.time.LocalDate.parse(last), java.time.LocalDate.parse(last));
    }

}
