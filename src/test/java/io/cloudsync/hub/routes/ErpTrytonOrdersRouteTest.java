package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.IdempotentRepositories;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.erp.mapping.TrytonMappingLoader;
import io.cloudsync.hub.erp.orders.ErpOrderSettings;
import io.cloudsync.hub.erp.orders.ErpOrders;
import io.cloudsync.hub.erp.orders.ImportedPurchases;
import io.cloudsync.hub.erp.orders.SaleCalls;
import io.cloudsync.hub.erp.orders.SaleLedger;
import io.cloudsync.hub.erp.orders.SaleOrderSource;
import io.cloudsync.hub.erp.orders.SaleParties;
import io.cloudsync.hub.erp.orders.SaleSteps;
import io.cloudsync.hub.erp.orders.TestProducts;
import io.cloudsync.hub.erp.tryton.TrytonGateway;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonRpc;
import io.cloudsync.hub.erp.tryton.TrytonSession;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceOrderStatus.Stage;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * routes/erp-tryton-orders.camel.yaml against a real trytond (TrytonServer): a paid store order becomes one confirmed
 * sale, once; a marketplace order and the store order imported from it make one sale; a cancellation cancels a draft
 * and a processing sale; an unknown SKU is a dead letter naming it, replayed once the product is there.
 */
class ErpTrytonOrdersRouteTest extends CamelTestSupport {

    private final ObjectMapper json = CanonicalJson.mapper();
    private TrytonDatabase tryton;
    private TestDatabase db;
    private MirrorRepository mirror;
    private SaleLedger ledger;
    private DeadLetterRepository deadLetters;
    private HubProperties hubProperties;
    private long changeSets;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        tryton = TrytonServer.shared().newDatabase();
        db = TestDatabase.create(TestDatabase.Engine.H2);
        Map<String, String> keys = new HashMap<>(tryton.hubProperties());
        keys.put("hub.retry.max-attempts", "0");
        hubProperties = HubProperties.of(keys);
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.putAll(hubProperties.asMap());
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/erp-tryton-rpc.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/erp-tryton-orders.camel.yaml"));
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        TrytonSettings settings = TrytonSettings.from(hubProperties);
        TrytonSession session = new TrytonSession(settings, json);
        TrytonGateway gateway = new TrytonGateway(json);
        gateway.attach(context);
        TrytonReferences references = new TrytonReferences(gateway, settings);
        mirror = new MirrorRepository(db.dataSource());
        ledger = new SaleLedger(db.dataSource(), Clock.systemUTC());
        deadLetters = new DeadLetterRepository(db.dataSource(), SecretRedactor.none());
        registry.bind("trytonSession", session);
        registry.bind("trytonRpc", new TrytonRpc(session, json));
        registry.bind("trytonGateway", gateway);
        registry.bind("erpSaleOrders", new SaleOrderSource(mirror, json, new ImportedPurchases(db.dataSource()),
                order -> ErpOrders.buyer("buyer" + order.customerId() + "@example.com"), ledger,
                new ErpOrderSettings("MX", "marketsync"), TrytonMappingLoader.parse("""
                        sale:
                          description: "{market} {reference}"
                          comment: shipping.city
                        """, "test mapping")));
        registry.bind("erpSaleCalls", new SaleCalls(references));
        registry.bind("erpSaleParties", new SaleParties(gateway, references));
        registry.bind("erpSaleSteps", new SaleSteps(ledger, deadLetters));
        registry.bind("changeSetRepository", IdempotentRepositories.jdbc(db.dataSource(), "change-sets"));
        registry.bind("deadLetterStore", new DeadLetterStore(deadLetters));
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aPaidStoreOrderBecomesOneConfirmedSaleOnceHoweverOftenItComes() throws Exception {
        TestProducts.create(tryton, "TS-M", "MUG-1");
        mirrorStore(ErpOrders.storeOrder(12, "XKBKNABJK", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("TS-M", 2, "24.20", "20.00"), ErpOrders.line("MUG-1", 1, "12.10", "10.00")));
        ChangeSet set = changeSet(Order.ENTITY, "12");

        template.requestBody("direct:erp-tryton-orders", set);
        template.requestBody("direct:erp-tryton-orders", set);
        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "12"));

        assertThat(letters()).isEmpty();
        JsonNode sales = sales("store XKBKNABJK");
        assertThat(sales).hasSize(1);
        JsonNode sale = sales.get(0);
        assertThat(sale.path("state").asText()).as(sale.toString()).isEqualTo("processing");
        assertThat(sale.path("invoice_method").asText()).isEqualTo("manual");
        JsonNode lines = tryton.call("model.sale.line.read", sale.path("lines"), List.of("product.code", "quantity",
                "unit_price"), tryton.admin().context());
        assertThat(lines).extracting(line -> line.path("product.").path("code").asText() + " x"
                + line.path("quantity").asDouble() + " @" + line.path("unit_price").path("decimal").asText())
                .containsExactlyInAnyOrder("TS-M x2.0 @20.0000", "MUG-1 x1.0 @10.0000");
        JsonNode party = tryton.call("model.party.party.read", List.of(sale.path("party").asLong()),
                List.of("name", "email"), tryton.admin().context()).get(0);
        assertThat(party.path("email").asText()).isEqualTo("buyer7@example.com");
        assertThat(ledger.find("store XKBKNABJK").orElseThrow().state()).isEqualTo(SaleLedger.State.CONFIRMED);
        assertThat(deadLetters.list(DeadLetterQuery.any())).isEmpty();
    }

    @Test
    void aMarketplaceOrderAndTheStoreOrderImportedFromItMakeOneSale() throws Exception {
        TestProducts.create(tryton, "CAM-ROJA-M");
        mirrorMarketplace(ErpOrders.marketplaceOrder(345, "ML-2000004", Stage.PAID, "maria@example.com",
                ErpOrders.marketplaceLine("CAM-ROJA-M", 2, "116.00", false)));
        mirrorStore(ErpOrders.storeOrder(13, "IMPORTED1", ErpOrders.PAYMENT_ACCEPTED, "marketsync",
                "Mercado Libre ML-2000004 (MarketSync)", ErpOrders.line("CAM-ROJA-M", 2, "116.00", "100.00")));
        db.execute("INSERT INTO store_order_import (marketsync_order_id, market_id, referencia, state, id_order,"
                + " registered_at, updated_at) VALUES (345, 4, 'ML-2000004', 'ordered', 13, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");

        template.requestBody("direct:erp-tryton-marketplace-orders", changeSet(MarketplaceOrder.ENTITY, "345"));
        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "13"));

        JsonNode sales = sales("Mercado Libre ML-2000004");
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).path("state").asText()).isEqualTo("processing");
        assertThat(sales.get(0).path("description").asText()).as("the mapping file's template")
                .isEqualTo("Mercado Libre ML-2000004");
        assertThat(sales.get(0).path("comment").asText()).as("the mapping file's path").isEqualTo("Ciudad de México");
        assertThat(sales("store IMPORTED1")).isEmpty();
    }

    @Test
    void aSaleCreatedBeforeACrashIsFoundByItsReferenceAndConfirmedNotMadeAgain() throws Exception {
        TestProducts.create(tryton, "TS-M");
        draftSale("store CRASH1");
        ledger.sending(io.cloudsync.hub.erp.orders.SaleOrder.none("store-order 18", "store CRASH1", ""));
        mirrorStore(ErpOrders.storeOrder(18, "CRASH1", ErpOrders.PAYMENT_ACCEPTED, ErpOrders.line("TS-M", 1, "2", "1")));

        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "18"));

        assertThat(sales("store CRASH1")).singleElement().satisfies(sale ->
                assertThat(sale.path("state").asText()).isEqualTo("processing"));
        assertThat(ledger.find("store CRASH1").orElseThrow().state()).isEqualTo(SaleLedger.State.CONFIRMED);
    }

    @Test
    void aCancelledOrderCancelsItsDraftSale() throws Exception {
        TestProducts.create(tryton, "TS-M");
        draftSale("store DRAFT1");
        mirrorStore(ErpOrders.storeOrder(14, "DRAFT1", ErpOrders.CANCELLED, ErpOrders.line("TS-M", 1, "2", "1")));

        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "14"));

        assertThat(sales("store DRAFT1")).singleElement().satisfies(sale ->
                assertThat(sale.path("state").asText()).isEqualTo("cancelled"));
        assertThat(ledger.find("store DRAFT1").orElseThrow().state()).isEqualTo(SaleLedger.State.CANCELLED);
    }

    @Test
    void aCancelledOrderEndsItsProcessingSaleWithItsShipmentCancelledOnce() throws Exception {
        TestProducts.create(tryton, "TS-M");
        mirrorStore(ErpOrders.storeOrder(15, "PAIDTHENCANCELLED", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("TS-M", 1, "24.20", "20.00")));
        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "15"));
        assertThat(sales("store PAIDTHENCANCELLED").get(0).path("state").asText()).isEqualTo("processing");

        mirrorStore(ErpOrders.storeOrder(15, "PAIDTHENCANCELLED", ErpOrders.CANCELLED,
                ErpOrders.line("TS-M", 1, "24.20", "20.00")));
        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "15"));
        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "15"));

        JsonNode sale = sales("store PAIDTHENCANCELLED").get(0);
        assertThat(sale.path("state").asText()).as("Tryton 6.0 ends a processing sale as done").isEqualTo("done");
        JsonNode shipments = tryton.call("model.stock.shipment.out.read", sale.path("shipments"), List.of("state"),
                tryton.admin().context());
        assertThat(shipments).isNotEmpty().allSatisfy(shipment ->
                assertThat(shipment.path("state").asText()).isEqualTo("cancelled"));
        assertThat(ledger.find("store PAIDTHENCANCELLED").orElseThrow().state())
                .isEqualTo(SaleLedger.State.CANCELLED);
        assertThat(deadLetters.list(DeadLetterQuery.any())).isEmpty();
    }

    @Test
    void anUnknownSkuIsADeadLetterNamingItReplayedOnceTheProductIsThere() throws Exception {
        TestProducts.create(tryton, "TS-M");
        mirrorStore(ErpOrders.storeOrder(16, "UNKNOWN1", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("TS-M", 1, "2.42", "2.00"), ErpOrders.line("NEW-SKU-9", 1, "2.42", "2.00")));
        mirrorStore(ErpOrders.storeOrder(17, "FINE1", ErpOrders.PAYMENT_ACCEPTED,
                ErpOrders.line("TS-M", 1, "2.42", "2.00")));

        template.requestBody("direct:erp-tryton-orders", changeSet(Order.ENTITY, "16", "17"));

        assertThat(sales("store UNKNOWN1")).isEmpty();
        assertThat(sales("store FINE1")).as("the other order goes on").hasSize(1);
        List<DeadLetter> letters = letters();
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.sink()).isEqualTo("erp-tryton-orders");
            assertThat(letter.messageKey()).isEqualTo("store-order 16");
            assertThat(letter.errorMessage()).contains("SKU NEW-SKU-9 is not a product in Tryton")
                    .doesNotContain("TS-M is not");
        });

        TestProducts.create(tryton, "NEW-SKU-9");
        template.requestBody(letters.get(0).endpointUri(), letters.get(0).body());

        assertThat(sales("store UNKNOWN1")).singleElement().satisfies(sale ->
                assertThat(sale.path("state").asText()).isEqualTo("processing"));
    }

    /** A draft sale of one TS-M made in Tryton directly, as the hub makes them. */
    private void draftSale(String reference) {
        Map<String, Object> context = tryton.admin().context();
        long product = tryton.call("model.product.product.search", List.of(List.of("code", "=", "TS-M")), 0, 1, null,
                context).get(0).asLong();
        long unit = tryton.call("model.product.uom.search", List.of(List.of("symbol", "=", "u")), 0, 1, null,
                context).get(0).asLong();
        Map<String, Object> line = Map.of("type", "line", "product", product, "quantity", 1.0, "unit", unit,
                "unit_price", Map.of("__class__", "Decimal", "decimal", "1.00"), "description", "TS-M");
        long party = tryton.call("model.party.party.create", List.of(Map.of("name", "Jane",
                "addresses", List.of(List.of("create", List.of(Map.of("name", "Jane")))))), context).get(0).asLong();
        long address = tryton.call("model.party.address.search", List.of(List.of("party", "=", party)), 0, 1, null,
                context).get(0).asLong();
        tryton.call("model.sale.sale.create", List.of(Map.of("party", party, "invoice_address", address,
                "shipment_address", address, "reference", reference, "invoice_method", "manual",
                "lines", List.of(List.of("create", List.of(line))))), context);
    }

    private List<DeadLetter> letters() {
        return deadLetters.list(DeadLetterQuery.any()).stream()
                .map(summary -> deadLetters.find(summary.id()).orElseThrow()).toList();
    }

    private JsonNode sales(String reference) {
        return tryton.call("model.sale.sale.search_read", List.of(List.of("reference", "=", reference)), 0, null, null,
                List.of("state", "party", "lines", "shipments", "invoice_method", "shipment_state", "moves", "invoice_state", "sale_date",
                "description", "comment"), tryton.admin().context());
    }

    private ChangeSet changeSet(String entity, String... ids) {
        return new ChangeSet(++changeSets, entity, List.of(ids));
    }

    private void mirrorStore(Order order) throws Exception {
        mirror.upsertPage(Order.ENTITY, List.of(MirrorUpsert.of(Long.toString(order.id()), order.reference(),
                json.writeValueAsString(order))));
    }

    private void mirrorMarketplace(MarketplaceOrder order) throws Exception {
        mirror.upsertPage(MarketplaceOrder.ENTITY, List.of(MirrorUpsert.of(Long.toString(order.id()),
                order.reference(), json.writeValueAsString(order))));
    }
}
