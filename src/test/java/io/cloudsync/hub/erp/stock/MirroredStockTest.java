package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.util.ArrayList;
import java.util.List;

class MirroredStockTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    @EngineTest
    void linesComePageByPageWithTheirSnapshotQuantityAndTheLiveProductsOnly(TestDatabase db) throws Exception {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        StockSnapshotRepository snapshot = new StockSnapshotRepository(db.dataSource());
        mirror.upsertPage("products", List.of(
                upsert(StoreSkusTest.product(1, "MUG", variation(0, "MUG"))),
                upsert(StoreSkusTest.product(2, "TS", variation(21, "TS-S"), variation(22, ""))),
                upsert(StoreSkusTest.product(3, "CAP", variation(0, "CAP"))),
                upsert(StoreSkusTest.product(4, "GONE", variation(0, "GONE")))));
        mirror.markDeleted("products", List.of("4"));
        snapshot.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(2, 21, 3), new StockLevel(2, 22, 0),
                new StockLevel(4, 0, 9)));
        MirroredStock stock = new MirroredStock(db.dataSource(), snapshot, JSON);

        List<StoreSkuLine> lines = new ArrayList<>();
        MirroredStock.Page page = stock.next("", 2);
        lines.addAll(page.lines());
        assertThat(page.more()).isTrue();
        page = stock.next(page.after(), 2);
        lines.addAll(page.lines());
        assertThat(page.more()).isFalse();
        assertThat(stock.next(page.after(), 2).lines()).isEmpty();

        assertThat(lines).extracting(StoreSkuLine::sku, StoreSkuLine::productId, StoreSkuLine::combinationId,
                StoreSkuLine::storeQuantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MUG", 1L, 0L, 5),
                org.assertj.core.groups.Tuple.tuple("TS-S", 2L, 21L, 3),
                org.assertj.core.groups.Tuple.tuple("TS-22", 2L, 22L, 0));
        assertThat(lines).allSatisfy(line -> assertThat(line.readAt()).isNotNull());
    }

    private static Variation variation(long combinationId, String reference) {
        return new Variation(combinationId, reference, "", combinationId == 0, List.of(), null, List.of());
    }

    private static MirrorUpsert upsert(Product product) throws Exception {
        String payload = JSON.writeValueAsString(product);
        return new MirrorUpsert(Long.toString(product.id()), product.reference(), payload,
                Integer.toHexString(payload.hashCode()));
    }
}
