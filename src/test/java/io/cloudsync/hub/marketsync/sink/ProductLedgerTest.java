package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.ClothingShop;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MarketSync's one ledger row per product, on H2 and PostgreSQL, and a hub upgraded from one row per aspect. */
class ProductLedgerTest {

    private static final Set<Long> MARKETS = Set.of(1L, 4L, 6L);
    private final MappedProduct camiseta = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue())
            .map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));

    @Test
    void aDocumentReadsBackAsWritten() {
        LedgerDocument document = LedgerDocument.empty();
        ProductAspects aspects = ProductAspects.of(camiseta);
        document.put(LedgerDocument.PRODUCT, aspects.product());
        aspects.variations().forEach((sku, aspect) -> document.put(LedgerDocument.variationKey(sku), aspect));
        aspects.stock().forEach((sku, aspect) -> document.put(LedgerDocument.stockKey(sku), aspect));
        aspects.prices().forEach((market, aspect) -> document.put(LedgerDocument.priceKey(market), aspect));
        document.putPublication(4, PublicationState.SUSPENDER);
        document.put(LedgerDocument.variationKey("ODD \"SKU\"\\,é"), aspects.stock().values().iterator().next());

        LedgerDocument read = LedgerDocument.parse(document.toJson(), document.productHash());

        assertThat(read).isEqualTo(document);
        assertThat(document.productHash()).isEqualTo(aspects.product().hash());
        assertThat(document.toJson()).contains(aspects.product().ledgerJson())
                .doesNotContain(aspects.product().json());
        LedgerDocument full = LedgerDocument.empty();
        full.putJson(LedgerDocument.PRODUCT, aspects.product().json());
        assertThat(LedgerDocument.parse(full.toJson(), null).productHash()).as("a full JSON gives its own hash")
                .isEqualTo(aspects.product().hash());
        assertThat(LedgerDocument.parse(document.toJson(), null).productHash()).isNull();
        assertThat(read.sentStates()).containsExactly(Map.entry(4L, PublicationState.SUSPENDER));
        assertThat(read.stockSkus()).containsExactlyInAnyOrderElementsOf(aspects.stock().keySet());
        assertThat(ProductDiff.between(read.accepted(), camiseta).newVariations()).isEmpty();
    }

    @EngineTest
    void anUpgradedHubReadsTheOldRowsSendsNothingForAnUnchangedProductAndThenKeepsOneRow(TestDatabase db)
            throws SQLException {
        SinkLedger ledger = new SinkLedger(db.dataSource());
        writeOldRows(ledger);
        ProductLedger products = new ProductLedger(ledger);

        ProductLedger.Row row = products.read(List.of(camiseta.sku())).get(camiseta.sku());
        assertThat(row.legacy()).isTrue();
        assertThat(row.remoteId()).isEqualTo("900");
        assertThat(row.storeId()).isEqualTo("42");
        AcceptedProduct held = row.document().accepted();
        assertThat(ProductDiff.between(held, camiseta).isEmpty()).as("nothing to send").isTrue();
        PublicationIntent intent = new PublicationIntent(MARKETS, Set.of(6L), row.document().sentStates());
        assertThat(intent.mayChange()).as("the state sent on market 6 is known").isFalse();

        ProductPlan plan = ProductPlan.live("42", camiseta, ProductAspects.of(camiseta),
                ProductDiff.between(held, camiseta), row.remoteId(), true, intent);
        MarketSyncRun run = new MarketSyncRun(new ChangeSet(1, "products", List.of("42")), List.of(plan),
                new RequestBatcher(100, 1_000_000, CanonicalJson.mapper()), products, Map.of(),
                products.read(List.of(camiseta.sku())));
        List<RequestKind> sent = new ArrayList<>();
        while (run.prepareNextWave()) {
            run.wave().forEach(request -> sent.add(request.kind()));
        }
        assertThat(sent).as("an upgraded hub sends nothing MarketSync has").isEmpty();

        assertThat(count(db, "SELECT COUNT(*) FROM sink_ledger")).as("the old rows went, one row stays").isOne();
        ProductLedger.Row rewritten = products.read(List.of(camiseta.sku())).get(camiseta.sku());
        assertThat(rewritten.legacy()).isFalse();
        assertThat(rewritten.remoteId()).isEqualTo("900");
        assertThat(rewritten.document()).isEqualTo(row.document());
        assertThat(ProductDiff.between(rewritten.document().accepted(), camiseta).isEmpty()).isTrue();
        assertThat(products.byStockSku(List.of("CAM-LINO-AZ-S"))).containsOnlyKeys("CAM-LINO-AZ-S");
        assertThat(count(db, "SELECT COUNT(*) FROM marketsync_variation")).isEqualTo(4);
    }

    @EngineTest
    void aRowOfFullJsonFromBeforeFingerprintsDiffsAsBeforeAndTakesTheShortFormAspectByAspect(TestDatabase db)
            throws SQLException {
        ProductLedger products = new ProductLedger(new SinkLedger(db.dataSource()));
        ProductAspects aspects = ProductAspects.of(camiseta);
        String sku = camiseta.sku();
        LedgerDocument full = LedgerDocument.empty(); // what the hub wrote before fingerprints: each aspect's JSON
        full.putJson(LedgerDocument.PRODUCT, aspects.product().json());
        aspects.variations().forEach((variation, aspect) -> full.putJson(LedgerDocument.variationKey(variation),
                aspect.json()));
        aspects.stock().forEach((variation, aspect) -> full.putJson(LedgerDocument.stockKey(variation),
                aspect.json()));
        aspects.prices().forEach((market, aspect) -> full.putJson(LedgerDocument.priceKey(market), aspect.json()));
        products.write(List.of(new ProductLedger.Row(sku, "42", "900", full, Set.of(), false)), List.of());
        assertThat(contentHash(db, sku)).isEqualTo(aspects.product().hash());

        ProductLedger.Row row = products.read(List.of(sku)).get(sku);
        assertThat(ProductDiff.between(row.document().accepted(), camiseta).isEmpty()).as("no resend").isTrue();
        assertThat(ProductDiff.between(row.document().accepted(camiseta, aspects), camiseta).isEmpty()).isTrue();

        // a stock change accepted: that aspect takes the short form, the product's stays full with its hash
        MappedProduct restocked = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue())
                .map(ClothingShop.camiseta().build(), Map.of(101L, 1, 102L, 0, 103L, 2, 104L, 9));
        ProductAspects now = ProductAspects.of(restocked);
        String variation = restocked.variations().get(0).sku();
        row.document().put(LedgerDocument.stockKey(variation), now.stock().get(variation));
        products.write(List.of(row), List.of());
        ProductLedger.Row restockedRow = products.read(List.of(sku)).get(sku);
        assertThat(restockedRow.document().toJson()).contains(aspects.product().json());
        assertThat(contentHash(db, sku)).isEqualTo(aspects.product().hash());
        assertThat(ProductDiff.between(restockedRow.document().accepted(), restocked).isEmpty()).isTrue();

        // the product's columns accepted again: the short form, the same hash
        restockedRow.document().put(LedgerDocument.PRODUCT, now.product());
        now.variations().forEach((key, aspect) -> restockedRow.document().put(LedgerDocument.variationKey(key),
                aspect));
        products.write(List.of(restockedRow), List.of());
        LedgerDocument compact = products.read(List.of(sku)).get(sku).document();
        assertThat(compact.toJson()).contains(now.product().ledgerJson()).doesNotContain(now.product().json());
        assertThat(compact.toJson().length()).isLessThan(full.toJson().length() * 3 / 4);
        assertThat(contentHash(db, sku)).isEqualTo(aspects.product().hash());
        assertThat(ProductDiff.between(compact.accepted(), restocked).isEmpty()).isTrue();
        assertThat(ProductDiff.between(compact.accepted(restocked, now), restocked).isEmpty()).isTrue();
        assertThat(ProductDiff.between(compact.accepted(), camiseta).stock()).containsOnlyKeys(variation);
    }

    @EngineTest
    void aForgottenProductLeavesNoRowAndNoVariation(TestDatabase db) throws SQLException {
        SinkLedger ledger = new SinkLedger(db.dataSource());
        ProductLedger products = new ProductLedger(ledger);
        LedgerDocument document = LedgerDocument.empty();
        document.put(LedgerDocument.stockKey("CAM-LINO-AZ-S"),
                ProductAspects.of(camiseta).stock().get("CAM-LINO-AZ-S"));
        products.write(List.of(new ProductLedger.Row("CAM-LINO-01", "42", "900", document, Set.of(), false)),
                List.of());
        assertThat(products.byStockSku(List.of("CAM-LINO-AZ-S"))).containsOnlyKeys("CAM-LINO-AZ-S");

        products.write(List.of(), List.of("CAM-LINO-01"));

        assertThat(products.read(List.of("CAM-LINO-01"))).isEmpty();
        assertThat(count(db, "SELECT COUNT(*) FROM marketsync_variation")).isZero();
    }

    /** What the hub before V22 wrote for the product: one row per aspect, as its MarketSyncRun recorded them. */
    private void writeOldRows(SinkLedger ledger) {
        ProductAspects aspects = ProductAspects.of(camiseta);
        String sku = camiseta.sku();
        LegacyLedgerRows rows = new LegacyLedgerRows()
                .add(LedgerSinks.PRODUCT, sku, "900", aspects.product().hash(), aspects.product().json(), "42");
        aspects.variations().forEach((variation, aspect) ->
                rows.add(LedgerSinks.VARIATION, variation, null, aspect.hash(), aspect.json(), sku));
        aspects.stock().forEach((variation, aspect) ->
                rows.add(LedgerSinks.STOCK, variation, null, aspect.hash(), aspect.json(), sku));
        aspects.prices().forEach((market, aspect) -> rows.add(LedgerSinks.PRICE,
                LegacyLedgerRows.marketKey(sku, market), null, aspect.hash(), aspect.json(), sku));
        rows.add(LedgerSinks.PUBLICATION, LegacyLedgerRows.marketKey(sku, 6), null, "suspender", "suspender", sku)
                .insertInto(ledger.dataSource());
        // what V22 does with the old stock rows
        try (Connection connection = ledger.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO marketsync_variation (sku,"
                     + " product_sku) SELECT item_key, parent_key FROM sink_ledger WHERE sink = 'marketsync.stock'"
                     + " AND parent_key IS NOT NULL")) {
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentHash(TestDatabase db, String sku) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT content_hash FROM sink_ledger"
                     + " WHERE sink = ? AND item_key = ?")) {
            select.setString(1, LedgerSinks.PRODUCT);
            select.setString(2, sku);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
