package io.cloudsync.hub.reports;

import static io.cloudsync.hub.reports.ReportFixtures.CANCELLED;
import static io.cloudsync.hub.reports.ReportFixtures.MADRID;
import static io.cloudsync.hub.reports.ReportFixtures.PAID;
import static io.cloudsync.hub.reports.ReportFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Best sellers of the last N shop-local days, from the lines of orders that count as sales. */
class ProductPerformanceTest {

    /** 1 July 2024, 01:00 in Madrid: still 30 June in UTC. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-06-30T23:00:00Z"), MADRID);

    private static ProductPerformance service(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        ReportRepository reports = new ReportRepository(db.dataSource());
        mirror.upsertPage("products", List.of(
                MirrorUpsert.of("7", "CAM-7", "{\"id\":7,\"reference\":\"CAM-7\",\"name\":\"Camiseta\"}"),
                MirrorUpsert.of("8", "PAN-8", "{\"id\":8,\"reference\":\"PAN-8\",\"name\":\"Pantalón\"}")));
        new ReportFixtures(mirror, reports)
                .order(1, "2024-07-01T00:30:00", PAID, "0", line(7, 2, "10.00"), line(8, 1, "30.00"))
                .order(2, "2024-06-02T10:00:00", PAID, "0", line(7, 1, "10.00"), line(9, 5, "1.00"))
                .order(3, "2024-06-01T23:59:59", PAID, "0", line(8, 9, "30.00"))       // 31 days ago: outside
                .order(4, "2024-06-20T10:00:00", CANCELLED, "0", line(8, 9, "30.00"))  // not a sale
                .write();
        return new ProductPerformance(reports, mirror, ShopZone.fixed(MADRID), NOW);
    }

    @EngineTest
    void theLastThirtyShopLocalDaysRankedBySales(TestDatabase db) {
        ProductPerformance.Result result = service(db).report(Map.of("period_days", "30"));

        assertThat(result.startDate()).isEqualTo(LocalDate.parse("2024-06-02"));
        assertThat(result.endDate()).isEqualTo(LocalDate.parse("2024-07-01"));
        assertThat(result.topProducts()).extracting(ProductPerformance.TopProduct::id,
                ProductPerformance.TopProduct::name, ProductPerformance.TopProduct::sku,
                ProductPerformance.TopProduct::units, p -> p.sales().toPlainString(),
                ProductPerformance.TopProduct::orders).containsExactly(
                Tuple.tuple(7L, "Camiseta", "CAM-7", 3L, "30.00", 2L),
                Tuple.tuple(8L, "Pantalón", "PAN-8", 1L, "30.00", 1L),
                Tuple.tuple(9L, "Product 9", "SKU-9", 5L, "5.00", 1L));
        assertThat(result.topProducts().get(0).salesTaxExcl()).isEqualByComparingTo("24.79");
    }

    @EngineTest
    void askedProductsAreAllListedAndTheLimitCuts(TestDatabase db) {
        ProductPerformance service = service(db);

        ProductPerformance.Result asked = service.report(Map.of("product_ids", "9,42", "period_days", "1"));
        ProductPerformance.Result one = service.report(Map.of("limit", "1", "period_days", "31"));

        assertThat(asked.topProducts()).extracting(ProductPerformance.TopProduct::id,
                ProductPerformance.TopProduct::units).containsExactly(Tuple.tuple(9L, 0L), Tuple.tuple(42L, 0L));
        assertThat(one.topProducts()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(8L);
            assertThat(p.sales()).isEqualByComparingTo("300.00");
        });
    }

    @Test
    void badParametersAreNamed() {
        ProductPerformance service = new ProductPerformance(null, null, ShopZone.fixed(MADRID), NOW);

        assertThatThrownBy(() -> service.report(Map.of("period_days", "0")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("period_days"));
        assertThatThrownBy(() -> service.report(Map.of("product_ids", "3,x")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("product_ids"));
    }
}
