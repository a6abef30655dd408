package io.cloudsync.hub.sandbox.store.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudsync.hub.sandbox.store.LowStockSales;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.ShopClock;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The activity generator changes the shop at a rate, can be changed at runtime, stopped, and is deterministic. */
class ActivityGeneratorTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static StoreSandboxSettings settings(int perMinute) {
        return new StoreSandboxSettings(0, StoreSandboxSettings.SANDBOX_KEY, 40, 42, "Europe/Madrid", List.of("es", "en"),
                10, 10, 30, perMinute);
    }

    private static SandboxShop shop() {
        return shop(settings(0));
    }

    private static SandboxShop shop(StoreSandboxSettings settings) {
        return SandboxShop.generate(settings, new ShopClock(Clock.systemUTC(), Instant.parse("2024-06-15T10:00:00Z"), true));
    }

    @Test
    void itRunsAtTheConfiguredRateAndStops() {
        try (StoreSimulator simulator = StoreSimulator.start(vertx, settings(6000))) {
            ActivityGenerator activity = simulator.activity();
            long start = simulator.shop().version();

            await().atMost(Duration.ofSeconds(20)).until(() -> total(activity) >= 20);
            assertThat(simulator.shop().version()).isGreaterThan(start);
            assertThat(activity.counts()).containsKey("edit");

            activity.setRate(0);
            long[] stopped = {-1};
            await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10)).until(() -> {
                long now = total(activity);
                boolean still = now == stopped[0];
                stopped[0] = now;
                return still;
            });
            long versionStopped = simulator.shop().version();
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(total(activity)).isEqualTo(stopped[0]);
            assertThat(simulator.shop().version()).isEqualTo(versionStopped);
            assertThat(activity.rate()).isZero();
        }
    }

    @Test
    void itsRateChangesThroughTheControlApi() throws Exception {
        try (StoreSimulator simulator = StoreSimulator.start(vertx, settings(0))) {
            var http = java.net.http.HttpClient.newHttpClient();
            var put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulator.url() + "/_sandbox/activity"))
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"perMinute\":120}")).build();
            var step = java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulator.url() + "/_sandbox/activity/step"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"steps\":5}")).build();

            assertThat(http.send(put, java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains("\"perMinute\":120");
            assertThat(http.send(step, java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains("\"done\":[");
            assertThat(simulator.activity().rate()).isEqualTo(120);
            simulator.activity().setRate(0);
        }
    }

    @Test
    void stepsAreDeterministicForASeedAndCoverEveryKindOfChange() {
        ActivityGenerator first = new ActivityGenerator(vertx, shop(), 0);
        ActivityGenerator second = new ActivityGenerator(vertx, shop(), 0);
        List<ActivityGenerator.Action> a = new ArrayList<>();
        List<ActivityGenerator.Action> b = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            a.add(first.step());
            b.add(second.step());
        }

        assertThat(a).isEqualTo(b);
        assertThat(a).contains(ActivityGenerator.Action.EDIT, ActivityGenerator.Action.STOCK,
                ActivityGenerator.Action.COMBINATION_PRICE, ActivityGenerator.Action.ORDER,
                ActivityGenerator.Action.BULK_EDIT, ActivityGenerator.Action.CREATE, ActivityGenerator.Action.DELETE);
    }

    @Test
    void aShareOfItsOrdersSellsAProductDownToTheThresholdTheSameWayForASeed() {
        LowStockSales lowStock = new LowStockSales(25, 5);
        SandboxShop firstShop = shop(settings(0).withLowStock(lowStock));
        SandboxShop secondShop = shop(settings(0).withLowStock(lowStock));
        ActivityGenerator first = new ActivityGenerator(vertx, firstShop, 0, lowStock);
        ActivityGenerator second = new ActivityGenerator(vertx, secondShop, 0, lowStock);
        List<ActivityGenerator.Action> a = new ArrayList<>();
        List<ActivityGenerator.Action> b = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            a.add(first.step());
            b.add(second.step());
        }

        assertThat(a).isEqualTo(b).contains(ActivityGenerator.Action.LOW_STOCK_ORDER, ActivityGenerator.Action.ORDER);
        assertThat(firstShop.version()).isEqualTo(secondShop.version());
        long lowStockOrders = a.stream().filter(ActivityGenerator.Action.LOW_STOCK_ORDER::equals).count();
        long orders = lowStockOrders + a.stream().filter(ActivityGenerator.Action.ORDER::equals).count();
        assertThat(lowStockOrders).isLessThan(orders);
    }

    @Test
    void withoutLowStockSalesItsStepsAreTheOnesItTookBefore() {
        ActivityGenerator plain = new ActivityGenerator(vertx, shop(), 0);
        ActivityGenerator none = new ActivityGenerator(vertx, shop(), 0, LowStockSales.NONE);
        for (int i = 0; i < 200; i++) {
            assertThat(none.step()).isEqualTo(plain.step()).isNotEqualTo(ActivityGenerator.Action.LOW_STOCK_ORDER);
        }
    }

    private static long total(ActivityGenerator activity) {
        return activity.counts().values().stream().mapToLong(Long::longValue).sum();
    }
}
