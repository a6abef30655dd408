package io.cloudsync.hub.erp.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.erp.mapping.TrytonMappingLoader;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceOrderStatus.Stage;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.outbox.ChangeSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each order of a change set asks of Tryton: identity, the ledger's word, the buyer read only for a sale. */
class SaleOrderSourceTest {

    private final ObjectMapper json = CanonicalJson.mapper();
    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final SaleLedger ledger = new SaleLedger(db.dataSource(), Clock.systemUTC());
    private final AtomicInteger buyerReads = new AtomicInteger();
    private final SaleOrderSource source = new SaleOrderSource(mirror, json, new ImportedPurchases(db.dataSource()),
            order -> {
                buyerReads.incrementAndGet();
                return ErpOrders.buyer("jane@example.com");
            }, ledger, new ErpOrderSettings("MX", "marketsync"));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStoreOrderImportedFromAMarketplaceSharesItsMarketplaceOrdersReference() throws Exception {
        mirror(MarketplaceOrder.ENTITY, 345, ErpOrders.marketplaceOrder(345, "ML-2000004", Stage.PAID, "",
                ErpOrders.marketplaceLine("A-1", 1, "10", false)));
        mirror(Order.ENTITY, 13, ErpOrders.storeOrder(13, "IMPORTED", ErpOrders.PAYMENT_ACCEPTED, "marketsync",
                "whatever", ErpOrders.line("A-1", 1, "10", "8")));
        db.execute("INSERT INTO store_order_import (marketsync_order_id, market_id, referencia, state, id_order,"
                + " registered_at, updated_at) VALUES (345, 4, 'ML-2000004', 'ordered', 13, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");

        assertThat(source.plan(one(Order.ENTITY, "13")).reference()).isEqualTo("Mercado Libre ML-2000004");
        assertThat(source.plan(one(MarketplaceOrder.ENTITY, "345")).reference()).isEqualTo("Mercado Libre ML-2000004");
    }

    @Test
    void anImportTheLedgerDoesNotShowYetIsKnownByItsPaymentText() throws Exception {
        mirror(Order.ENTITY, 14, ErpOrders.storeOrder(14, "IMPORTED2", ErpOrders.PAYMENT_ACCEPTED, "marketsync",
                "Walmart 777 (MarketSync)", ErpOrders.line("A-1", 1, "10", "8")));
        mirror(Order.ENTITY, 15, ErpOrders.storeOrder(15, "WEB1", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("A-1", 1, "10", "8")));

        assertThat(source.plan(one(Order.ENTITY, "14")).reference()).isEqualTo("Walmart 777");
        assertThat(source.plan(one(Order.ENTITY, "15")).reference()).isEqualTo("store WEB1");
    }

    @Test
    void theLedgerEndsTheWorkAndTheBuyerIsReadOnlyForASale() throws Exception {
        mirror(Order.ENTITY, 16, ErpOrders.storeOrder(16, "DONE1", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("A-1", 1, "10", "8")));
        mirror(Order.ENTITY, 17, ErpOrders.storeOrder(17, "WAIT1", ErpOrders.AWAITING_WIRE,
                ErpOrders.line("A-1", 1, "10", "8")));

        SaleOrder first = source.plan(one(Order.ENTITY, "16"));
        assertThat(first.isSale()).isTrue();
        assertThat(first.buyer().email()).isEqualTo("jane@example.com");
        ledger.confirmed(first, 41);

        assertThat(source.plan(one(Order.ENTITY, "16")).why()).isEqualTo("Tryton sale 41 is confirmed already");
        assertThat(source.plan(one(Order.ENTITY, "17")).intent()).isEqualTo(SaleIntent.NONE);
        assertThat(source.plan(one(Order.ENTITY, "99")).why()).isEqualTo("not in the mirror");
        assertThat(buyerReads).as("read for the one sale made").hasValue(1);
    }

    @Test
    void eachOrderOfASetIsOneMessageWithItsKeyAndItsSinksName() {
        ChangeSet set = new ChangeSet(5, Order.ENTITY, List.of("1", "2"));

        assertThat(source.each(set)).extracting(source::key).containsExactly("store-order 1", "store-order 2");
        assertThat(source.sink(set)).isEqualTo("erp-tryton-orders");
        assertThat(source.sink(new ChangeSet(5, MarketplaceOrder.ENTITY, List.of("1"))))
                .isEqualTo("erp-tryton-marketplace-orders");
        assertThatThrownBy(() -> source.sink(new ChangeSet(5, "products", List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMappingFilesSaleFieldsComeFromTheOrderAtHandAndReachTheSaleCreate() throws Exception {
        TrytonMapping mapping = TrytonMappingLoader.parse("""
                sale:
                  description: "{market} {reference}"
                  comment: {path: shipping.street, kind: text}
                  shipment_method: "constant:invoice"
                """, "test");
        SaleOrderSource mapped = new SaleOrderSource(mirror, json, new ImportedPurchases(db.dataSource()),
                order -> ErpOrders.buyer("jane@example.com"), ledger, new ErpOrderSettings("MX", "marketsync"),
                mapping);
        mirror(MarketplaceOrder.ENTITY, 346, ErpOrders.marketplaceOrder(346, "ML-2000005", Stage.PAID, "",
                ErpOrders.marketplaceLine("A-1", 1, "10", false)));
        mirror(Order.ENTITY, 18, ErpOrders.storeOrder(18, "WEB2", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("A-1", 1, "10", "8")));

        SaleOrder marketplace = mapped.plan(one(MarketplaceOrder.ENTITY, "346"));
        SaleOrder store = mapped.plan(one(Order.ENTITY, "18"));
        Map<String, Object> sale = SaleValues.sale(marketplace, new SaleValues.SaleReferences(1, 5, 1), 3,
                new PartyAddresses(4, 4), Map.of("A-1", 9L));

        assertThat(sale).containsEntry("description", "Mercado Libre ML-2000005")
                .containsEntry("comment", "Av. Reforma 10").containsEntry("shipment_method", "invoice")
                .containsEntry("reference", "Mercado Libre ML-2000005").containsEntry("invoice_method", "manual");
        assertThat(store.fields()).containsOnlyKeys("description", "shipment_method");
        assertThat(SaleValues.sale(store, new SaleValues.SaleReferences(1, 5, 1), 3, new PartyAddresses(4, 4),
                Map.of("A-1", 9L))).containsEntry("description", "WEB2").doesNotContainKey("comment");
        assertThat(source.plan(one(Order.ENTITY, "18")).fields()).as("without a mapping file").isEmpty();
    }

    private void mirror(String entity, long id, Object record) throws Exception {
        mirror.upsertPage(entity, List.of(MirrorUpsert.of(Long.toString(id), "", json.writeValueAsString(record))));
    }

    private static ChangeSet one(String entity, String id) {
        return new ChangeSet(0, entity, List.of(id));
    }
}
