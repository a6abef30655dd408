package bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The idle hour: the hub, restarted on the synced database with its default poll periods, left alone with nothing
 * changing in the store. After a warm-up (its first polls, counted from its first store request), the hub's CPU,
 * the sandbox's CPU, the requests to the store (and the bytes of their answers) and to MarketSync are sampled for
 * some minutes and scaled to an hour.
 * Nothing else touches the sandbox meanwhile: the harness only reads /proc.
 */
final class IdleHour {

    /**
     * The bench's sync phases are shorter than the stock cut-off period, so the restarted hub makes its first cut-off
     * move, which hands every live product to the MarketSync sink once (StockCutoffMover): the warm-up waits for
     * its post (MarketSync POST stock), up to this long, so that the sample sees the hub's steady state.
     */
    private static final int CUTOFF_WAIT_SECONDS = 1_200;

    private final Http http;
    private final String storeUrl;
    private final long sandboxPid;
    private final BenchDatabase database;
    private final Runnable resetCounts;
    private final Supplier<Map<String, Long>> counts;

    IdleHour(Http http, String storeUrl, long sandboxPid, BenchDatabase database, Runnable resetCounts,
             Supplier<Map<String, Long>> counts) {
        this.http = http;
        this.storeUrl = storeUrl;
        this.sandboxPid = sandboxPid;
        this.database = database;
        this.resetCounts = resetCounts;
        this.counts = counts;
    }

    Result measure(Bench.HubRun hub, int products, double minutes, int warmupSeconds) throws Exception {
        long pid = hub.process.pid();
        long waiting = System.nanoTime();
        while (hub.firstStoreRequestAt < 0 && secs(waiting) < 600) {
            Thread.sleep(200);
            alive(hub);
        }
        log("  idle hub: first store request %.1f s after its start; warm-up of %d s from there", hub.firstStoreRequestAt,
                warmupSeconds);
        long started = System.nanoTime();
        long lastTotal = 0;
        boolean cutoffPosted = false;
        while (secs(started) < warmupSeconds || !cutoffPosted && secs(started) < CUTOFF_WAIT_SECONDS) {
            long left = (long) ((warmupSeconds - secs(started)) * 1000);
            Thread.sleep(left > 0 ? Math.min(30_000, left) : 15_000);
            alive(hub);
            long total = http.get(storeUrl + "/_sandbox/requests").path("total").asLong();
            cutoffPosted = counts.get().getOrDefault("MarketSync POST stock", 0L) > 0;
            log("  idle warm-up %3.0f s: %,d store requests since the restart (+%,d), hub CPU %.1f s, stock cut-off"
                            + " %s; load %s", secs(started), total, total - lastTotal, Machine.cpuSeconds(pid),
                    cutoffPosted ? "posted" : "not posted yet", Machine.load());
            lastTotal = total;
        }
        double warmed = secs(started);
        resetCounts.run();
        database.markCpu();
        Result idle = new Result(String.format(Locale.ROOT, "idle hour (scaled from %s min)",
                trim(minutes)), products);
        idle.load = Machine.load();
        double hubCpu = Machine.cpuSeconds(pid);
        double sandboxCpu = Machine.cpuSeconds(sandboxPid);
        long sampleStart = System.nanoTime();
        long sampleNanos = (long) (minutes * 60e9);
        while (System.nanoTime() - sampleStart < sampleNanos) {
            Thread.sleep(Math.min(1_000, Math.max(1, (sampleNanos - (System.nanoTime() - sampleStart)) / 1_000_000)));
            alive(hub);
        }
        double sampled = secs(sampleStart);
        double hubCpuUsed = Machine.cpuSeconds(pid) - hubCpu;
        double sandboxCpuUsed = Machine.cpuSeconds(sandboxPid) - sandboxCpu;
        double databaseCpu = database.cpuSinceMark();
        JsonNode store = http.get(storeUrl + "/_sandbox/requests");
        Map<String, Long> requests = counts.get();
        idle.load += " → " + Machine.load();
        double scale = 3600 / sampled;
        idle.scaledFromSeconds = sampled;
        idle.cpuSeconds = hubCpuUsed * scale;
        idle.sandboxCpuSeconds = sandboxCpuUsed * scale;
        idle.databaseCpuSeconds = databaseCpu < 0 ? -1 : databaseCpu * scale;
        idle.storeBytes = Math.round(store.path("bytes").asLong() * scale);
        Map<String, Long> scaled = new LinkedHashMap<>();
        requests.forEach((name, count) -> scaled.put(name, Math.round(count * scale)));
        idle.requests(scaled);
        idle.peakRssKb = hub.peakRssKb.get();
        idle.note = String.format(Locale.ROOT, "per hour, from %.0f s sampled after a %.0f s warm-up (%s); default"
                + " poll periods; measured: hub CPU %.1f s, %,d store requests, %,d bytes of store answers",
                sampled, warmed, cutoffPosted ? "first stock cut-off posted" : "first stock cut-off NOT posted",
                hubCpuUsed, store.path("total").asLong(), store.path("bytes").asLong());
        log("%s: %,d store requests/h, %.1f MB/h of store answers, %,d MarketSync requests/h, hub CPU %.1f s/h"
                        + " (sandbox %.1f s/h%s); load %s", idle.name, idle.total("store"), idle.storeBytes / 1e6,
                idle.total("MarketSync"), idle.cpuSeconds, idle.sandboxCpuSeconds, idle.databaseCpuSeconds < 0 ? ""
                        : String.format(Locale.ROOT, ", PostgreSQL %.1f s/h", idle.databaseCpuSeconds), idle.load);
        return idle;
    }

    private static void alive(Bench.HubRun hub) {
        if (!hub.process.isAlive()) {
            throw new IllegalStateException("the hub died during the idle hour; see bench/work/hub-idle.log");
        }
    }

    private static String trim(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, "[%s] ", java.time.LocalTime.now().withNano(0))
                + String.format(Locale.ROOT, format, args));
    }
}
