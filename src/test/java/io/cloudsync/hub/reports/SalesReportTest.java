package io.cloudsync.hub.reports;

import static io.cloudsync.hub.reports.ReportFixtures.CANCELLED;
import static io.cloudsync.hub.reports.ReportFixtures.ERROR;
import static io.cloudsync.hub.reports.ReportFixtures.MADRID;
import static io.cloudsync.hub.reports.ReportFixtures.PAID;
import static io.cloudsync.hub.reports.ReportFixtures.AWAITING_WIRE;
import static io.cloudsync.hub.reports.ReportFixtures.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Sales by shop-local day, ISO week and month, every period present, across the two daylight-saving days of
 * Madrid in 2024 (31 March: 23 hours; 27 October: 25 hours); only orders that count as sales.
 */
class SalesReportTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-11-15T12:00:00Z"), MADRID);

    private static SalesReport report(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        ReportRepository reports = new ReportRepository(db.dataSource());
        new ReportFixtures(mirror, reports)
                // 31 March 2024: 02:00 does not exist; the day has 23 hours
                .order(1, "2024-03-30T23:59:59", PAID, "10.00")
                .order(1, "2024-03-31T00:00:00", PAID, "20.00")
                .order(2, "2024-03-31T03:30:00", PAID, "30.00")
                .order(2, "2024-03-31T23:59:59", AWAITING_WIRE, "40.00")
                .order(3, "2024-04-01T00:00:00", PAID, "50.00")
                // 27 October 2024: 02:00-03:00 happens twice; the day has 25 hours
                .order(1, "2024-10-26T23:59:59", PAID, "1.00")
                .order(1, "2024-10-27T00:00:00", PAID, "2.00")
                .order(2, "2024-10-27T02:30:00", PAID, "3.00")
                .order(2, "2024-10-27T23:59:59", PAID, "4.00")
                .order(3, "2024-10-28T00:00:01", PAID, "5.00")
                // not sales
                .order(4, "2024-10-27T12:00:00", CANCELLED, "1000.00")
                .order(4, "2024-10-27T12:00:00", REFUNDED, "1000.00")
                .order(4, "2024-10-27T12:00:00", ERROR, "1000.00")
                .write();
        return new SalesReport(reports, ShopZone.fixed(MADRID), NOW);
    }

    @EngineTest
    void daysAreShopLocalCalendarDaysAcrossDaylightSavingChanges(TestDatabase db) {
        SalesReport.Result result = report(db).report(Map.of("start_date", "2024-10-25", "end_date", "2024-10-28",
                "group_by", "day"));

        assertThat(result.data()).extracting(SalesReport.Period::date, p -> p.total().toPlainString(),
                SalesReport.Period::orders).containsExactly(
                Tuple.tuple(LocalDate.parse("2024-10-25"), "0.00", 0L),
                Tuple.tuple(LocalDate.parse("2024-10-26"), "1.00", 1L),
                Tuple.tuple(LocalDate.parse("2024-10-27"), "9.00", 3L),
                Tuple.tuple(LocalDate.parse("2024-10-28"), "5.00", 1L));
        assertThat(result.totalSales()).isEqualByComparingTo("15.00");
        assertThat(result.totalOrders()).isEqualTo(5);
        assertThat(result.averageTicket()).isEqualByComparingTo("3.00");
        assertThat(result.totalSalesTaxExcl()).isEqualByComparingTo(result.data().stream()
                .map(SalesReport.Period::totalTaxExcl).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertThat(result.timezone()).isEqualTo("Europe/Madrid");

        SalesReport.Result spring = report(db).report(Map.of("start_date", "2024-03-31", "end_date", "2024-03-31"));
        assertThat(spring.data()).singleElement().satisfies(day -> {
            assertThat(day.total()).isEqualByComparingTo("90.00");
            assertThat(day.orders()).isEqualTo(3);
        });
    }

    @EngineTest
    void weeksAreIsoWeeksFromMondayAndMonthsCalendarMonthsAllPresent(TestDatabase db) {
        SalesReport service = report(db);

        SalesReport.Result weeks = service.report(Map.of("start_date", "2024-10-20", "end_date", "2024-11-03",
                "group_by", "week"));
        SalesReport.Result months = service.report(Map.of("start_date", "2024-03-01", "end_date", "2024-10-31",
                "group_by", "month"));

        assertThat(weeks.data()).extracting(p -> p.date().toString(), p -> p.total().toPlainString(),
                SalesReport.Period::orders).containsExactly(
                Tuple.tuple("2024-10-14", "0.00", 0L), // only Sunday 20 October is in the range
                Tuple.tuple("2024-10-21", "10.00", 4L),
                Tuple.tuple("2024-10-28", "5.00", 1L));
        assertThat(months.data()).extracting(p -> p.date().toString(), p -> p.total().toPlainString())
                .containsExactly(Tuple.tuple("2024-03-01", "100.00"), Tuple.tuple("2024-04-01", "50.00"),
                        Tuple.tuple("2024-05-01", "0.00"), Tuple.tuple("2024-06-01", "0.00"),
                        Tuple.tuple("2024-07-01", "0.00"), Tuple.tuple("2024-08-01", "0.00"),
                        Tuple.tuple("2024-09-01", "0.00"), Tuple.tuple("2024-10-01", "15.00"));
        assertThat(months.totalSales()).isEqualByComparingTo("165.00");
        assertThat(months.totalOrders()).isEqualTo(10);
    }

    @EngineTest
    void dateTimesAreShopTimeUnlessTheyCarryAnOffset(TestDatabase db) {
        SalesReport service = report(db);

        // from the first 02:30 of the fall-back night (the order's own instant) to the end of the day
        SalesReport.Result local = service.report(Map.of("start_date", "2024-10-27T02:30:00",
                "end_date", "2024-10-27T23:59:59"));
        // 00:00 to 00:30 UTC is 02:00 to 02:30 CEST: the order at 02:30 (first occurrence) is 00:30 UTC
        SalesReport.Result utc = service.report(Map.of("start_date", "2024-10-27T00:00:00Z",
                "end_date", "2024-10-27T00:30:00+00:00"));
        // Python's isoformat() with microseconds, and a '+' that a query string turned into a space
        SalesReport.Result python = service.report(Map.of("start_date", "2024-10-26T00:00:00.000000",
                "end_date", "2024-10-27T00:00:00 02:00"));

        // a JavaScript Date put in URLSearchParams as it is: String(date), with its offset (a '+' may come as a space)
        SalesReport.Result javascript = service.report(Map.of(
                "start_date", "Sun Oct 27 2024 02:00:00 GMT+0200 (Central European Summer Time)",
                "end_date", "Sun Oct 27 2024 00:30:00 GMT 0000 (Coordinated Universal Time)"));

        assertThat(local.totalSales()).isEqualByComparingTo("7.00");
        assertThat(javascript.totalSales()).isEqualByComparingTo("3.00");
        assertThat(utc.totalSales()).isEqualByComparingTo("3.00");
        assertThat(python.totalSales()).isEqualByComparingTo("3.00");
        assertThat(python.data()).extracting(p -> p.date().toString()).containsExactly("2024-10-26", "2024-10-27");
    }

    @EngineTest
    void withoutDatesTheLast30DaysEndingToday(TestDatabase db) {
        SalesReport.Result result = report(db).report(Map.of());

        assertThat(result.startDate()).isEqualTo(LocalDate.parse("2024-10-17"));
        assertThat(result.endDate()).isEqualTo(LocalDate.parse("2024-11-15"));
        assertThat(result.data()).hasSize(30);
        assertThat(result.totalSales()).isEqualByComparingTo("15.00");
    }

    @Test
    void badParametersAreNamed() {
        SalesReport service = new SalesReport(null, ShopZone.fixed(MADRID), NOW);

        assertThatThrownBy(() -> service.report(Map.of("start_date", "2024-06-02", "end_date", "2024-06-01")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("start_date"));
        assertThatThrownBy(() -> service.report(Map.of("group_by", "year")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("group_by");
                    assertThat(e.getMessage()).contains("day, month, week");
                });
        assertThatThrownBy(() -> service.report(Map.of("end_date", "Sun Foo 27 2024 00:30:00 GMT+0000")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("end_date"));
        assertThatThrownBy(() -> service.report(Map.of("end_date", "yesterday")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("end_date"));
        assertThatThrownBy(() -> service.report(Map.of("start_date", "1990-01-01", "end_date", "2024-01-01")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.getMessage()).contains("3660 days"));
    }
}
