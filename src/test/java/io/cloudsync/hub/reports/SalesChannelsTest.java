package io.cloudsync.hub.reports;

import static io.cloudsync.hub.reports.ReportFixtures.CANCELLED;
import static io.cloudsync.hub.reports.ReportFixtures.MADRID;
import static io.cloudsync.hub.reports.ReportFixtures.PAID;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.MirrorRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Sales by channel: the web shop, and each marketplace named by the payment text of its orders. */
class SalesChannelsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-11-15T12:00:00Z"), MADRID);

    @Test
    void theMarketIsTheTextBeforeTheReference() {
        assertThat(SalesChannels.market("Mercado Libre ML-2000004 (MarketSync)")).isEqualTo("Mercado Libre");
        assertThat(SalesChannels.market("Amazon 702-1234567-1234567 (MarketSync)")).isEqualTo("Amazon");
        assertThat(SalesChannels.market("Walmart W1")).isEqualTo("Walmart");
        assertThat(SalesChannels.market("W1 (MarketSync)")).isEqualTo(SalesChannels.UNNAMED_MARKETPLACE);
        assertThat(SalesChannels.market("")).isEqualTo(SalesChannels.UNNAMED_MARKETPLACE);
    }

    @Test
    void theWebShopComesFirstThenTheMarketplacesByTheirSales() {
        List<SalesChannels.Channel> channels = SalesChannels.of(List.of(
                sales("Amazon A-1 (MarketSync)", 1, "10.00"),
                sales(null, 3, "30.00"),
                sales("Mercado Libre ML-1 (MarketSync)", 1, "25.00"),
                sales("Amazon A-2 (MarketSync)", 1, "20.00")));

        assertThat(channels).extracting(SalesChannels.Channel::channel, SalesChannels.Channel::kind,
                c -> c.total().toPlainString(), SalesChannels.Channel::orders).containsExactly(
                Tuple.tuple(SalesChannels.WEB_SHOP, "shop", "30.00", 3L),
                Tuple.tuple("Amazon", "marketplace", "30.00", 2L),
                Tuple.tuple("Mercado Libre", "marketplace", "25.00", 1L));
    }

    @EngineTest
    void theSalesReportSplitsTheRangeBetweenTheWebShopAndEachMarketplace(TestDatabase db) {
        ReportRepository reports = new ReportRepository(db.dataSource());
        new ReportFixtures(new MirrorRepository(db.dataSource()), reports)
                .order(1, "2024-11-10T10:00:00", PAID, "100.00")
                .order(2, "2024-11-11T10:00:00", PAID, "50.00")
                .order(3, "2024-11-12T10:00:00", PAID, "80.00", "marketsync", "Mercado Libre ML-7 (MarketSync)")
                .order(3, "2024-11-13T10:00:00", PAID, "40.00", "marketsync", "Mercado Libre ML-8 (MarketSync)")
                .order(4, "2024-11-13T11:00:00", PAID, "60.00", "marketsync", "Amazon 702-1 (MarketSync)")
                // not a sale, and outside the range
                .order(4, "2024-11-13T12:00:00", CANCELLED, "999.00", "marketsync", "Amazon 702-2 (MarketSync)")
                .order(5, "2024-09-01T10:00:00", PAID, "999.00", "marketsync", "Walmart W-1 (MarketSync)")
                .write();

        SalesReport.Result result = new SalesReport(reports, ShopZone.fixed(MADRID), NOW, "marketsync")
                .report(Map.of("start_date", "2024-11-01", "end_date", "2024-11-15"));

        assertThat(result.channels()).extracting(SalesChannels.Channel::channel, c -> c.total().toPlainString(),
                SalesChannels.Channel::orders).containsExactly(
                Tuple.tuple(SalesChannels.WEB_SHOP, "150.00", 2L),
                Tuple.tuple("Mercado Libre", "120.00", 2L),
                Tuple.tuple("Amazon", "60.00", 1L));
        assertThat(result.channels().stream().map(SalesChannels.Channel::total).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(result.totalSales());

        SalesReport.Result otherModule = new SalesReport(reports, ShopZone.fixed(MADRID), NOW, "another_module")
                .report(Map.of("start_date", "2024-11-01", "end_date", "2024-11-15"));
        assertThat(otherModule.channels()).extracting(SalesChannels.Channel::channel)
                .containsExactly(SalesChannels.WEB_SHOP);
    }

    private static ReportAggregates.PaymentSales sales(String payment, long orders, String total) {
        return new ReportAggregates.PaymentSales(payment, orders, new BigDecimal(total), new BigDecimal(total));
    }
}
