package io.cloudsync.hub.sandbox.marketsync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * A rough measurement, not a test: small signed requests per second over 10 connections (Apache HttpClient 5, as
 * camel-http), then a catalogue of {@code products} products × 3 variations created in batches of 100, with the heap
 * it takes. Run: {@code java -cp target/classes:target/test-classes:<deps> …SandboxThroughput [products]};
 * {@code -Dbench.threads} (catalogue writers, 4) and {@code -Dbench.delay} (publication delay in ms, 20000).
 */
public final class SandboxThroughput {

    private static final MarketSyncSigner SIGNER = new MarketSyncSigner(MarketSyncSandboxSettings.SANDBOX_TOKEN,
            MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY);

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Vertx vertx = Vertx.vertx();
        MarketSyncSimulator simulator = MarketSyncSimulator.start(vertx,
                MarketSyncSandboxSettings.of(0, 42, Duration.ofMillis(Long.getLong("bench.delay", 20000)), 0, 0));
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(20);
        pool.setDefaultMaxPerRoute(20);
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(pool).build()) {
            smallRequests(http, simulator.url(), 10, 20_000);
            smallRequests(http, simulator.url(), 10, 50_000);
            catalogue(http, simulator.url(), products);
            simulator.requests().all().stream().collect(java.util.stream.Collectors.groupingBy(
                    LoggedRequest::path, java.util.TreeMap::new,
                    java.util.stream.Collectors.averagingLong(LoggedRequest::micros)))
                    .forEach((path, micros) -> System.out.printf("server time, %s: %.2f ms on average%n", path,
                            micros / 1000));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("state: %d products, %d variations, %d requests logged; heap used after GC %d MB%n",
                    simulator.state().productCount(), simulator.state().variationCount(),
                    simulator.requests().size(), (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        } finally {
            simulator.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static void smallRequests(CloseableHttpClient http, String url, int threads, int total) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.submit(() -> {
                for (int i = 0; i < total / threads; i++) {
                    int status = call(http, "GET", url + "/api/markets?" + SIGNER.signedQuery(Map.of()), null);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("small signed GETs: %d in %.2f s = %.0f requests/s (%d failed)%n", total, seconds,
                total / seconds, failures.get());
    }

    private static void catalogue(CloseableHttpClient http, String url, int products) throws Exception {
        int threads = Integer.getInteger("bench.threads", 4);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        AtomicLong postNanos = new AtomicLong();
        AtomicLong posts = new AtomicLong();
        long start = System.nanoTime();
        int batches = products / 100;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            futures.add(workers.submit(() -> {
                for (int b = first; b < batches; b += threads) {
                    ArrayNode batch = Items.NODES.arrayNode();
                    for (int i = 0; i < 100; i++) {
                        batch.add(Items.product(String.format("BENCH-%07d", b * 100 + i)));
                    }
                    long t0 = System.nanoTime();
                    String answer = body(http, "POST", url + "/api/productos?" + SIGNER.signedQuery(Map.of()),
                            batch.toString());
                    postNanos.addAndGet(System.nanoTime() - t0);
                    posts.incrementAndGet();
                    JsonNode created = Sandbox.parse(answer).path("answer");
                    ArrayNode variations = Items.NODES.arrayNode();
                    for (JsonNode product : created) {
                        for (String size : new String[] {"S", "M", "L"}) {
                            variations.add(Items.variation(product.path("id").asLong(),
                                    product.path("sku").asText() + "-" + size));
                            if (variations.size() == 100) {
                                body(http, "POST", url + "/api/variacion?" + SIGNER.signedQuery(Map.of()),
                                        variations.toString());
                                variations.removeAll();
                            }
                        }
                    }
                    if (!variations.isEmpty()) {
                        body(http, "POST", url + "/api/variacion?" + SIGNER.signedQuery(Map.of()),
                                variations.toString());
                    }
                }
                return null;
            }));
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.MINUTES);
        for (Future<?> worker : futures) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("catalogue: %d products x 3 variations in %.1f s (%.0f products/s); POST productos of 100: "
                + "%.1f ms on average, round trip%n", products, seconds, products / seconds,
                postNanos.get() / 1e6 / Math.max(1, posts.get()));
    }

    private static int call(CloseableHttpClient http, String method, String url, String body) throws Exception {
        HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(url));
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        }
        return http.execute(request, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    private static String body(CloseableHttpClient http, String method, String url, String body) throws Exception {
        HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(url));
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(request, response -> {
            String text = EntityUtils.toString(response.getEntity());
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode() + ": " + text.substring(0,
                        Math.min(300, text.length())));
            }
            return text;
        });
    }

    private SandboxThroughput() {
    }
}
