package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockCutoffRecordsTest {

    private static IncomingOrder registered(String at, List<IncomingOrder.Line> lines) {
        IncomingOrder sale = Orders.sale(31, "2000031", lines);
        return new IncomingOrder(sale.marketsyncId(), sale.marketId(), sale.marketName(), sale.referencia(),
                sale.paidAt(), sale.email(), sale.recipient(), sale.phone(), sale.address(), sale.shipping(),
                sale.subtotal(), sale.total(), sale.lines(), sale.status(), at);
    }

    @Test
    void theSellerStockLinesAreRegisteredAtMarketSyncsMexicoCityTime() {
        IncomingOrder order = registered("2026-12-01 10:00:05", List.of(
                new IncomingOrder.Line(501, "CAM-ROJA-M", 2, BigDecimal.TEN, false),
                new IncomingOrder.Line(502, "TAZA-00001", 1, BigDecimal.TEN, true)));

        assertThat(StockCutoffRecords.lines(order)).as("a fulfillment line never comes out of the seller's stock")
                .containsExactly(new OrderLine(31, 501, 4, Instant.parse("2026-12-01T16:00:05Z"), "CAM-ROJA-M", 2));
    }

    @Test
    void linesWithoutMarketSyncIdsAreNumberedByPositionAndAMinuteTimeReads() {
        IncomingOrder order = registered("2026-12-01T10:00", List.of(Orders.line("A-1", 1, "10"),
                Orders.line("B-2", 3, "10")));

        assertThat(StockCutoffRecords.lines(order)).extracting(OrderLine::lineId, OrderLine::registeredAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, Instant.parse("2026-12-01T16:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(2L, Instant.parse("2026-12-01T16:00:00Z")));
    }

    @Test
    void anOrderWithoutARegistrationTimeIsNotRecorded() {
        assertThat(StockCutoffRecords.lines(registered("", List.of(Orders.line("A-1", 1, "10"))))).isEmpty();
        assertThat(StockCutoffRecords.lines(registered("yesterday", List.of(Orders.line("A-1", 1, "10"))))).isEmpty();
    }
}
