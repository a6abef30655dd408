package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A low-stock sale sells one product (or combination) down to the threshold or below, the same way for a seed. */
class LowStockOrderTest {

    private static final int THRESHOLD = 5;

    private static SandboxShop shop() {
        return SandboxShop.generate(SandboxStore.settings(40),
                new ShopClock(Clock.systemUTC(), SandboxStore.START, true));
    }

    @Test
    void itSellsAllButAtMostThresholdUnitsOfOneStockRowAboveIt() {
        SandboxShop shop = shop();
        for (int i = 0; i < 20; i++) {
            List<StockAvailable> before = List.copyOf(stockRows(shop));

            Order order = shop.createLowStockOrder(THRESHOLD);

            assertThat(order.rows()).hasSize(1);
            OrderRow row = order.rows().get(0);
            StockAvailable was = before.stream().filter(stock -> stock.productId() == row.productId()
                    && stock.combinationId() == row.combinationId()).findFirst().orElseThrow();
            StockAvailable now = shop.data().stockOf(row.productId(), row.combinationId());
            assertThat(was.quantity()).isGreaterThan(THRESHOLD);
            assertThat(now.quantity()).isBetween(0, THRESHOLD).isEqualTo(was.quantity() - row.quantity());
        }
    }

    @Test
    void theSameSeedSellsTheSameProductsDown() {
        SandboxShop first = shop();
        SandboxShop second = shop();
        for (int i = 0; i < 10; i++) {
            OrderRow a = first.createLowStockOrder(THRESHOLD).rows().get(0);
            OrderRow b = second.createLowStockOrder(THRESHOLD).rows().get(0);
            assertThat(List.of(a.productId(), a.combinationId(), a.quantity()))
                    .isEqualTo(List.of(b.productId(), b.combinationId(), b.quantity()));
        }
    }

    private static List<StockAvailable> stockRows(SandboxShop shop) {
        List<StockAvailable> rows = new ArrayList<>();
        shop.data().stockAvailables.forEach(rows::add);
        return rows;
    }
}
