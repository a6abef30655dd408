package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.reports.Retention;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.reports.ReportRepository;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.SyncAction;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.testing.SandboxStoreFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The order and customer flows against the sandbox store, without Camel: each run reads its window, writes the
 * mirror (and, for orders, the report rows) and moves its checkpoint; a state change in the store shows as an
 * update in the next run.
 */
class OrderAndCustomerIngestTest {

    private static final Instant SHOP_NOW = Instant.parse("2024-06-15T10:00:00Z");
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 30, 42, "Europe/Madrid", List.of("es", "en"), 25, 60, 40, 0), SHOP_NOW);
    private final StoreSimulator store = sandbox.store();
    private final TestDatabase db = sandbox.db();
    private final ExecutorService reads = sandbox.reads();
    private final StoreClient client = sandbox.client();
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final ReportRepository reports = new ReportRepository(db.dataSource());
    private final ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
    private final CheckpointRepository checkpoints = new CheckpointRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));
    private final IngestSettings settings = new IngestSettings(7, 1000, Duration.ofMinutes(5), "es");

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
    }

    private OrderIngest orders(Retention retention) {
        return new OrderIngest(client, OrderIngest.reader(client, reads), mirror, reports, outbox, checkpoints, settings,
                retention, JSON);
    }

    private CustomerIngest customers() {
        return new CustomerIngest(client, CustomerIngest.reader(client, reads), mirror, outbox, checkpoints, settings,
                JSON);
    }

    /** Runs the flow the way the ingest loop does; returns the change sets handed to the sinks. */
    private static <C> List<ChangeSet> run(DatedIngest<C> ingest) {
        List<ChangeSet> sets = new ArrayList<>();
        IngestRun<C> run = ingest.start();
        while (run.hasMore()) {
            ChangeSet set = ingest.next(run);
            if (!set.isEmpty()) {
                sets.add(set);
            }
            ingest.delivered(run, set);
        }
        ingest.finish(run);
        return sets;
    }

    @Test
    void aPoisonOrdersLetterIsKeptOnceWhileItStaysBrokenAndResolvedByTheFirstOrdinaryReadThatReadsItWell() {
        Order order = store.shop().data().orders.all().stream()
                .filter(o -> o.currentState() == OrderStates.DELIVERED).findFirst().orElseThrow();
        store.faults().set("orders", io.cloudsync.hub.sandbox.faults.FaultRule.poisoned(List.of((long) order.id())));
        OrderIngest ingest = new OrderIngest(client, OrderIngest.reader(client, reads), mirror, reports, outbox,
                checkpoints, new IngestSettings(7, 1000, Duration.ofMinutes(5), "es", 0), Retention.parse("12 months"),
                JSON);
        DeadLetterRepository letters = new DeadLetterRepository(db.dataSource(), SecretRedactor.forConfiguration(
                Map.of()));
        PoisonRecords poison = new PoisonRecords(letters, JSON).flow(ingest);
        String key = PoisonRecords.key(OrderIngest.FLOW, order.id());

        runRecording(ingest, poison);
        store.shop().advanceClock(Duration.ofMinutes(10));
        store.shop().changeOrderState(order.id(), OrderStates.REFUNDED, 1);
        store.shop().advanceClock(Duration.ofSeconds(5));
        runRecording(ingest, poison);

        assertThat(letters.list(DeadLetterQuery.any())).as("still broken in the second run: the same letter")
                .singleElement().satisfies(letter -> {
                    assertThat(letter.messageKey()).isEqualTo(key);
                    assertThat(letter.attempts()).isEqualTo(2);
                    assertThat(letter.status()).isEqualTo(DeadLetterStatus.PENDING);
                });

        store.faults().clearAll();
        store.shop().advanceClock(Duration.ofMinutes(10));
        store.shop().changeOrderState(order.id(), OrderStates.DELIVERED, 1);
        store.shop().advanceClock(Duration.ofSeconds(5));
        runRecording(ingest, poison);

        assertThat(letters.list(DeadLetterQuery.any())).singleElement()
                .satisfies(letter -> assertThat(letter.status()).as("the store was fixed and the order read well")
                        .isEqualTo(DeadLetterStatus.RESOLVED));
        assertThat(mirror.find("orders", Integer.toString(order.id()))).isPresent();
    }

    /** A run as the ingest loop makes it, its poison records dead-lettered and read-well records resolved. */
    private static <C> void runRecording(DatedIngest<C> ingest, PoisonRecords poison) {
        IngestRun<C> run = ingest.start();
        while (run.hasMore()) {
            ChangeSet set = ingest.next(run);
            poison.record(run);
            ingest.delivered(run, set);
        }
        ingest.finish(run);
    }

    @Test
    void anOrderThatSpoilsEveryPageIsSetAsideAfterItsRetriesTheWindowCompletesAndARereadMirrorsItOnceMended() {
        int poisoned = store.shop().data().orders.all().get(20).id();
        store.faults().set("orders", io.cloudsync.hub.sandbox.faults.FaultRule.poisoned(List.of((long) poisoned)));
        OrderIngest ingest = new OrderIngest(client, OrderIngest.reader(client, reads), mirror, reports, outbox,
                checkpoints, new IngestSettings(7, 1000, Duration.ofMinutes(5), "es", 2), Retention.parse("12 months"),
                JSON);
        var run = ingest.start();
        List<PageNarrowing.Poisoned> found = new ArrayList<>();
        int failures = 0;
        while (run.hasMore()) {
            ChangeSet set;
            try {
                set = ingest.next(run);
            } catch (io.cloudsync.hub.store.MalformedAnswerException e) {
                failures++;
                continue;
            }
            run.takePoisoned().values().forEach(found::addAll);
            ingest.delivered(run, set);
        }
        ingest.finish(run);

        assertThat(failures).as("the page is tried as it is first, like any transient failure").isEqualTo(2);
        assertThat(found).singleElement().satisfies(poison -> {
            assertThat(poison.id()).isEqualTo(poisoned);
            assertThat(poison.error().rawAnswer()).contains("broken");
        });
        assertThat(checkpoints.find("orders").orElseThrow().syncedUntil()).as("the window completed").isNotNull();
        assertThat(mirror.countLive("orders")).isEqualTo(59);

        store.faults().clearAll();
        assertThat(ingest.reread(List.of((long) poisoned)).storeIds()).containsExactly(Integer.toString(poisoned));
        assertThat(mirror.countLive("orders")).isEqualTo(60);
    }

    @Test
    void everyOrderIsMirroredWithItsLinesStateAndTotalsAndItsReportRows() throws Exception {
        List<ChangeSet> sets = run(orders(Retention.parse("12 months")));

        List<Order> shopOrders = store.shop().data().orders.all();
        assertThat(shopOrders).hasSize(60);
        assertThat(sets.stream().mapToInt(ChangeSet::size).sum()).isEqualTo(60);
        assertThat(mirror.countLive("orders")).isEqualTo(60);
        assertThat(reports.countOrders()).isEqualTo(60);
        for (Order expected : shopOrders) {
            JsonNode order = JSON.readTree(mirror.payloadOf("orders", Integer.toString(expected.id())));
            assertThat(order.path("reference").asText()).isEqualTo(expected.reference());
            assertThat(order.path("customerId").asLong()).isEqualTo(expected.customerId());
            assertThat(order.path("state").path("id").asInt()).isEqualTo(expected.currentState());
            assertThat(order.path("state").path("cancelled").asBoolean())
                    .isEqualTo(expected.currentState() == OrderStates.CANCELED);
            assertThat(order.path("state").path("paid").asBoolean())
                    .isEqualTo(store.shop().data().orderStates.get(expected.currentState()).paid());
            assertThat(java.time.LocalDateTime.parse(order.path("placedLocal").asText()))
                    .isEqualTo(ShopTime.toLocal(expected.dateAdd()));
            assertThat(order.path("totals").path("paidTaxIncl").decimalValue())
                    .isEqualByComparingTo(Micros.toDecimal(expected.totals().paidTaxIncl()));
            assertThat(order.path("totals").path("productsTaxExcl").decimalValue())
                    .isEqualByComparingTo(Micros.toDecimal(expected.totals().products()));
            assertThat(order.path("currency").asText()).isEqualTo("EUR");
            assertThat(order.path("lines")).hasSize(expected.rows().size());
            for (int i = 0; i < expected.rows().size(); i++) {
                JsonNode line = order.path("lines").get(i);
                assertThat(line.path("productId").asInt()).isEqualTo(expected.rows().get(i).productId());
                assertThat(line.path("combinationId").asInt()).isEqualTo(expected.rows().get(i).combinationId());
                assertThat(line.path("sku").asText()).isEqualTo(expected.rows().get(i).productReference());
                assertThat(line.path("quantity").asInt()).isEqualTo(expected.rows().get(i).quantity());
            }
        }
        assertThat(count("SELECT COUNT(*) FROM report_order_line"))
                .isEqualTo(shopOrders.stream().mapToInt(o -> o.rows().size()).sum());
        assertThat(count("SELECT COUNT(*) FROM report_order WHERE counts_as_sale = FALSE")).isEqualTo(
                shopOrders.stream().filter(o -> List.of(6, 7, 8).contains(o.currentState())).count());
        assertThat(checkpoints.find("orders").orElseThrow().syncedUntil()).isNotNull();
    }

    @Test
    void aStateChangeIsAnUpdateOfTheOrderAndOfItsReportRow() throws Exception {
        OrderIngest ingest = orders(Retention.parse("12 months"));
        run(ingest);
        Order order = store.shop().data().orders.all().stream()
                .filter(o -> o.currentState() == OrderStates.DELIVERED).findFirst().orElseThrow();
        store.shop().advanceClock(Duration.ofMinutes(10));
        store.shop().changeOrderState(order.id(), OrderStates.REFUNDED, 1);
        store.shop().advanceClock(Duration.ofSeconds(5));

        List<ChangeSet> sets = run(ingest);

        assertThat(sets).singleElement().extracting(ChangeSet::storeIds).isEqualTo(List.of(Integer.toString(order.id())));
        MirrorRecord record = mirror.find("orders", Integer.toString(order.id())).orElseThrow();
        assertThat(record.syncAction()).isEqualTo(SyncAction.UPDATE);
        assertThat(JSON.readTree(record.payload()).path("state").path("refunded").asBoolean()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM report_order WHERE order_id = " + order.id()
                + " AND refunded = TRUE AND counts_as_sale = FALSE")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM report_order_line WHERE order_id = " + order.id()))
                .isEqualTo(order.rows().size());
        assertThat(run(ingest)).as("nothing changed since").isEmpty();
    }

    @Test
    void ordersPlacedBeforeTheRetentionPeriodAreNotKept() throws Exception {
        run(orders(Retention.parse("10 days")));

        java.time.LocalDate keepFrom = java.time.LocalDate.of(2024, 6, 5);
        long recent = store.shop().data().orders.all().stream()
                .filter(o -> !ShopTime.toLocal(o.dateAdd()).toLocalDate().isBefore(keepFrom)).count();
        assertThat(recent).isBetween(1L, 59L);
        assertThat(mirror.countLive("orders")).isEqualTo(recent);
        assertThat(reports.countOrders()).isEqualTo(recent);
    }

    @Test
    void customersAreMirroredWithoutPasswordOrSecureKey() throws Exception {
        List<ChangeSet> sets = run(customers());

        var shopCustomers = store.shop().data().customers.all();
        assertThat(sets.stream().mapToInt(ChangeSet::size).sum()).isEqualTo(shopCustomers.size());
        assertThat(mirror.countLive("customers")).isEqualTo(shopCustomers.size());
        String everything = dump();
        for (var customer : shopCustomers) {
            JsonNode mirrored = JSON.readTree(mirror.payloadOf("customers", Integer.toString(customer.id())));
            assertThat(mirrored.path("email").asText()).isEqualTo(customer.email());
            assertThat(mirrored.path("guest").asBoolean()).isEqualTo(customer.guest());
            assertThat(customer.secureKey()).isNotBlank();
            assertThat(everything).doesNotContain(customer.secureKey());
            if (!customer.passwd().isEmpty()) {
                assertThat(everything).doesNotContain(customer.passwd());
            }
        }
        assertThat(everything).doesNotContainIgnoringCase("passwd").doesNotContainIgnoringCase("secure_key")
                .doesNotContainIgnoringCase("securekey");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every text column of every table the hub keeps, as one string. */
    private String dump() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = db.dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            all.append(rows.getString(c)).append('\t');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

}
