package io.cloudsync.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderTotals;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report rows carry the flags, the shop-local day and amounts in the shop's default currency. */
class ReportRowsTest {

    @Test
    void anOrderInAnotherCurrencyIsReportedInTheDefaultOne() {
        LocalDateTime placed = LocalDateTime.parse("2024-10-27T02:30:00");
        Order order = new Order(9, "ABC", 4, 5, "USD", new BigDecimal("1.25"), "ps_checkout", "Card", true,
                ReportFixtures.REFUNDED, placed, ReportRange.earliest(placed, ReportFixtures.MADRID),
                new OrderTotals(new BigDecimal("100"), new BigDecimal("82.64"), new BigDecimal("5"),
                        new BigDecimal("4.13"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("105"),
                        new BigDecimal("86.77"), new BigDecimal("105")),
                List.of(OrderLine.of(1, 7, 3, "SKU", "Name", 2, new BigDecimal("50"), new BigDecimal("41.322314"))));

        ReportOrder row = ReportRows.of(order);

        assertThat(row.countsAsSale()).isFalse();
        assertThat(row.refunded()).isTrue();
        assertThat(row.paid()).isTrue();
        assertThat(row.placedDate()).hasToString("2024-10-27");
        assertThat(row.paidTaxIncl()).isEqualByComparingTo("84.00");
        assertThat(row.paidTaxExcl()).isEqualByComparingTo("69.416");
        assertThat(row.lines()).singleElement().satisfies(line -> {
            assertThat(line.totalTaxIncl()).isEqualByComparingTo("80.00");
            assertThat(line.quantity()).isEqualTo(2);
        });
    }
}
