package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.model.CanonicalJson;
import org.junit.jupiter.api.Test;

class StockMasterTest {

    private final StockMaster master = new StockMaster(null, null, null, CanonicalJson.mapper(), 100);

    @Test
    void aLineComesBackFromItsDeadLetterJson() throws Exception {
        StoreStockWrite line = new StoreStockWrite("MUG", 7, 0, 3, 9);

        String json = CanonicalJson.mapper().writeValueAsString(line);

        assertThat(master.line(json)).isEqualTo(line);
        assertThat(master.sku(json)).isEqualTo("MUG");
        assertThat(master.line(line)).isSameAs(line);
    }

    @Test
    void aBodyThatIsNoLineIsRefused() {
        assertThatThrownBy(() -> master.line("{\"sku\":")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a store stock line");
    }

    @Test
    void aRunCountsWhatItSaw() {
        StockMasterRun run = master.start();
        assertThat(run.isMore()).isTrue();

        run.paged(new MirroredStock.Page(java.util.List.of(new StoreSkuLine("MUG", 7, 0, 3, null)), "7", false), 0, 1);

        assertThat(run.isMore()).isFalse();
        assertThat(run.getDiffering()).isEqualTo(1);
        assertThat(run).hasToString("stock master: 1 store lines compared with Tryton, 1 differing (written to the"
                + " store), 0 SKUs Tryton does not know (left alone)");
    }
}
