package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.tryton.TrytonClient;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.testing.JdkHttpTransport;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import io.cloudsync.hub.testing.TrytonWarehouse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tryton's available quantity against a real trytond, as the API user: a confirmed sale counts at once, a confirmed
 * purchase only once it is received; unknown SKUs are absent; order points are read by product.
 */
class TrytonStockTest {

    private final TrytonDatabase db = TrytonServer.shared().newDatabase();
    private final TrytonWarehouse warehouse = new TrytonWarehouse(db);
    private final TrytonStock stock = stock(db);

    static TrytonStock stock(TrytonDatabase db) {
        TrytonSettings settings = new TrytonSettings(db.url(), db.name(), db.user(), db.password(), "WH", "Store",
                "", 100, 60000);
        TrytonClient client = new TrytonClient(settings, new JdkHttpTransport(), new ObjectMapper());
        return new TrytonStock(client, new TrytonReferences(client, settings));
    }

    @Test
    void availableIsOnHandLessWhatConfirmedSalesStillHaveToShip() {
        long mug = warehouse.product("MUG-BLUE");
        warehouse.inventory(mug, 10);
        warehouse.sell(mug, 3);

        assertThat(stock.available(List.of("MUG-BLUE"))).containsOnlyKeys("MUG-BLUE")
                .containsEntry("MUG-BLUE", new TrytonAvailable("MUG-BLUE", mug, 7));
    }

    @Test
    void aPurchaseCountsWhenItIsReceivedNotWhenItIsConfirmed() {
        long shirt = warehouse.product("TS-M");
        warehouse.inventory(shirt, 2);
        long purchase = warehouse.purchase(shirt, 5);

        assertThat(stock.available(List.of("TS-M")).get("TS-M").available()).as("confirmed, not received").isEqualTo(2);

        warehouse.receive(purchase);

        assertThat(stock.available(List.of("TS-M")).get("TS-M").available()).isEqualTo(7);
    }

    @Test
    void aBatchAnswersOnlyTheSkusTrytonKnows() {
        long cap = warehouse.product("CAP-1");
        warehouse.product("CAP-2");
        warehouse.inventory(cap, 4);

        assertThat(stock.available(List.of("CAP-1", "CAP-2", "NOT-IN-TRYTON"))).containsOnlyKeys("CAP-1", "CAP-2");
        assertThat(stock.available(List.of("CAP-2")).get("CAP-2").available()).isZero();
        assertThat(stock.available(List.of())).isEmpty();
    }

    @Test
    void orderPointsAreReadByProduct() {
        long bag = warehouse.product("BAG-1");
        long box = warehouse.product("BOX-1");
        warehouse.orderPoint(bag, 4, 12);

        assertThat(stock.orderPoints(List.of(bag, box))).containsOnlyKeys(bag).containsEntry(bag, new OrderPoint(4, 12));
    }
}
