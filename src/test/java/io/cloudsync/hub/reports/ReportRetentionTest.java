package io.cloudsync.hub.reports;

import static io.cloudsync.hub.reports.ReportFixtures.MADRID;
import static io.cloudsync.hub.reports.ReportFixtures.PAID;
import static io.cloudsync.hub.reports.ReportFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Orders placed before today minus the retention leave the report tables and the mirror, nothing else does. */
class ReportRetentionTest {

    @EngineTest
    void oldOrdersLeaveTheReportsAndTheMirror(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        ReportRepository reports = new ReportRepository(db.dataSource());
        new ReportFixtures(mirror, reports)
                .order(1, "2023-06-29T23:59:59", PAID, "10.00", line(7, 1, "10.00"))
                .order(1, "2023-06-30T00:00:00", PAID, "20.00", line(7, 2, "10.00"))
                .order(2, "2024-06-01T12:00:00", PAID, "30.00", line(8, 1, "30.00"))
                .write();
        // 30 June 2024 in Madrid
        Clock now = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), MADRID);
        ReportRetention retention = new ReportRetention(reports, Retention.parse("12 months"), ShopZone.fixed(MADRID),
                now);

        ReportRetention.Pruned pruned = retention.prune();

        assertThat(pruned.orders()).isEqualTo(1);
        assertThat(pruned.before()).isEqualTo(LocalDate.parse("2023-06-30"));
        assertThat(pruned).hasToString("retention: 1 order placed before 2023-06-30 pruned from the reports and the"
                + " mirror");
        assertThat(mirror.find("orders", "1")).isEmpty();
        assertThat(mirror.find("orders", "2")).isPresent();
        assertThat(reports.countOrders()).isEqualTo(2);
        assertThat(reports.salesByProduct(LocalDate.parse("2020-01-01"), LocalDate.parse("2030-01-01"),
                java.util.List.of())).extracting(s -> s.units()).containsExactlyInAnyOrder(2L, 1L);
        assertThat(retention.prune().orders()).isZero();
    }

    @Test
    void retentionsAreReadInWordsOrIsoPeriods() {
        assertThat(Retention.parse("12 months").period()).isEqualTo(Period.ofMonths(12));
        assertThat(Retention.parse("400 days").period()).isEqualTo(Period.ofDays(400));
        assertThat(Retention.parse("1 year").period()).isEqualTo(Period.ofYears(1));
        assertThat(Retention.parse("P18M").period()).isEqualTo(Period.ofMonths(18));
        assertThat(Retention.parse("12 months").keepFrom(LocalDate.parse("2024-02-29")))
                .isEqualTo(LocalDate.parse("2023-02-28"));
        assertThatThrownBy(() -> Retention.parse("12m")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("hub.reports.retention");
        assertThatThrownBy(() -> Retention.parse("0 days")).isInstanceOf(ConfigException.class);
    }

}
