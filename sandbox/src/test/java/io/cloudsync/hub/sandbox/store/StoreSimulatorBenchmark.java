package io.cloudsync.hub.sandbox.store;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A quick measurement, not a test: generates 100,000 products and times what the hub's big calls cost. After
 * {@code ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.cloudsync.hub.sandbox.store.StoreSimulatorBenchmark [products]}.
 */
public final class StoreSimulatorBenchmark {

    private StoreSimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Vertx vertx = Vertx.vertx();
        long started = System.nanoTime();
        StoreSimulator simulator = StoreSimulator.start(vertx, new StoreSandboxSettings(0, StoreSandboxSettings.SANDBOX_KEY,
                products, 42, "Europe/Madrid", List.of("es", "en"), 400, 1500, 90, 0),
                new ShopClock(Clock.systemUTC(), Instant.parse("2024-06-15T10:00:00Z"), true));
        System.out.printf("generated %d products, %d combinations in %d ms%n", simulator.shop().data().products.size(),
                simulator.shop().data().combinations.size(), (System.nanoTime() - started) / 1_000_000);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap after GC: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);

        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(simulator.port()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(16));
        String page = "/api/products?display=full&output_format=JSON&date=1&sort=[date_upd_ASC,id_ASC]"
                + "&filter[date_upd]=[2022-01-01 00:00:00,2024-06-15 12:00:00]&limit=";
        for (int offset : new int[] {0, 1000, 50_000, 99_000, 0, 50_000}) {
            time(http, "page of 1000 products at offset " + offset, page + offset + ",1000");
        }
        String ids = IntStream.rangeClosed(20_000, 20_499).mapToObj(Integer::toString).collect(Collectors.joining("|"));
        for (int i = 0; i < 3; i++) {
            time(http, "combinations of 500 products", "/api/combinations?display=full&output_format=JSON&filter[id_product]=["
                    + ids + "]");
            time(http, "stock of 500 products", "/api/stock_availables?display=full&output_format=JSON&filter[id_product]=["
                    + ids + "]");
        }
        throughput(http, 20_000);
        throughput(http, 20_000);
        simulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static RequestOptions get(String path) {
        return new RequestOptions().setMethod(HttpMethod.GET).setURI(SandboxStore.encodeQuery(path))
                .putHeader("Authorization", SandboxStore.basic(StoreSandboxSettings.SANDBOX_KEY));
    }

    private static void time(HttpClient http, String what, String path) throws Exception {
        long started = System.nanoTime();
        String[] serverTime = new String[1];
        var body = http.request(get(path)).compose(request -> request.send().compose(response -> {
            serverTime[0] = response.getHeader("Execution-Time");
            return response.body();
        })).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        System.out.printf("%-45s %4d ms round trip, server %s s, %,d bytes%n", what,
                (System.nanoTime() - started) / 1_000_000, serverTime[0], body.length());
    }

    private static void throughput(HttpClient http, int requests) throws Exception {
        CountDownLatch done = new CountDownLatch(requests);
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            http.request(get("/api/stock_availables/" + (1 + i % 1000) + "?output_format=JSON"))
                    .compose(request -> request.send().compose(response -> response.body()))
                    .onComplete(result -> {
                        if (result.failed()) {
                            failures.incrementAndGet();
                        }
                        done.countDown();
                    });
        }
        done.await(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%,d small requests (16 connections): %.0f requests/s, %d failed%n", requests,
                requests / seconds, failures.get());
    }
}
