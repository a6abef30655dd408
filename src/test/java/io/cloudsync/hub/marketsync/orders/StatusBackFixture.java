package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.marketsync.mapping.OrderStatusWords;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.store.OrderCarriers;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A state database with the import ledger (its test fixture table), the mirror, and a fake MarketSync and store
 * that answer by "METHOD host/path" and record every call.
 */
final class StatusBackFixture implements HttpTransport, AutoCloseable {

    final TestDatabase db;
    final MirrorRepository mirror;
    final StatusBackLedger ledger;
    final ImportedOrders imports;
    final MarketSyncClient marketSync;
    final OrderCarriers carriers;
    final List<HttpCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Function<HttpCall, HttpResult>> answers = new ConcurrentHashMap<>();

    StatusBackFixture() {
        this(TestDatabase.create(TestDatabase.Engine.H2));
    }

    StatusBackFixture(TestDatabase db) {
        this.db = db;
        this.mirror = new MirrorRepository(db.dataSource());
        this.ledger = new StatusBackLedger(db.dataSource(), Clock.systemUTC());
        this.imports = new ImportedOrders(db.dataSource());
        this.marketSync = new MarketSyncClient(new MarketSyncSettings("http://marketsync.test", "token", "key", null),
                new MarketSyncSigner("token", "key"), this, CanonicalJson.mapper());
        this.carriers = new OrderCarriers(new StoreClient(new StoreSettings("http://store.test",
                "0123456789ABCDEF0123456789ABCDEF", "", "es"), this, CanonicalJson.mapper()));
        answer("PUT marketsync.test/api/pedidos", call -> envelope("[{\"result\":\"ok\"}]"));
        answer("GET marketsync.test/api/pedidos", call -> envelope("[]"));
        answer("GET store.test/api/order_carriers", call -> json(200, "[]"));
        answer("GET store.test/api/configurations", call -> json(200, "{\"configurations\":[{\"name\":"
                + "\"PS_OS_DELIVERED\",\"value\":\"5\"}]}"));
    }

    OrderStatusSink sink() {
        return new OrderStatusSink(mirror, imports, ledger, OrderStatusWords.defaults(), marketSync, carriers,
                CanonicalJson.mapper());
    }

    /** A row of the import ledger: MarketSync order {@code id} became store order {@code storeOrderId}. */
    void imported(long id, long market, String referencia, long storeOrderId, String state) {
        db.execute("INSERT INTO store_order_import (marketsync_order_id, market_id, referencia, state, id_cart,"
                + " id_order, registered_at, updated_at) VALUES (" + id + ", " + market + ", '" + referencia + "', '"
                + state + "', " + (storeOrderId + 500) + ", " + storeOrderId + ", CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");
    }

    /**
     * The store order as the order flow mirrors it, in a state of a default PrestaShop: 2 payment accepted,
     * 3 processing (a delivery slip, so the {@code delivery} flag), 4 shipped, 5 delivered, 6 cancelled.
     */
    void storeOrder(long id, String reference, int state) {
        boolean shipped = state == 4 || state == 5;
        boolean delivered = state >= 3 && state <= 5;
        boolean cancelled = state == 6;
        String payload = "{\"id\":" + id + ",\"reference\":\"" + reference + "\",\"customerId\":3,\"cartId\":"
                + (id + 500) + ",\"currency\":\"MXN\",\"conversionRate\":1,\"paymentModule\":\"marketsync\","
                + "\"payment\":\"MarketSync\",\"valid\":true,\"state\":{\"id\":" + state + ",\"name\":\"state\",\"paid\":true,"
                + "\"shipped\":" + shipped + ",\"delivered\":" + delivered + ",\"cancelled\":" + cancelled
                + ",\"refunded\":false,\"paymentError\":false},\"lines\":[]}";
        mirror.upsertPage("orders", List.of(MirrorUpsert.of(Long.toString(id), null, payload)));
    }

    void answer(String methodAndPath, Function<HttpCall, HttpResult> answer) {
        answers.put(methodAndPath, answer);
    }

    List<HttpCall> calls(String methodAndPath) {
        return calls.stream().filter(call -> key(call).equals(methodAndPath)).toList();
    }

    static HttpResult envelope(String answer) {
        return json(200, "{\"answer\":" + answer + ",\"timestamp\":\"2026-12-07 10:00:00\"}");
    }

    static HttpResult json(int status, String body) {
        return new HttpResult(status, Map.of("content-type", "application/json"), body);
    }

    static String query(HttpCall call) {
        return URLDecoder.decode(URI.create(call.url()).getRawQuery(), StandardCharsets.UTF_8);
    }

    @Override
    public HttpResult execute(HttpCall call) {
        calls.add(call);
        Function<HttpCall, HttpResult> answer = answers.get(key(call));
        return answer != null ? answer.apply(call) : json(404, "{\"errors\":[{\"code\":0,\"message\":\"no such"
                + " resource\"}]}");
    }

    private static String key(HttpCall call) {
        URI uri = URI.create(call.url());
        return call.method() + " " + uri.getHost() + uri.getPath();
    }

    @Override
    public void close() {
        db.close();
    }
}
