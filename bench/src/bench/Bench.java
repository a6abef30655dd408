package bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark: the sandbox (store + MarketSync, added latency on every API request of both) and the packaged hub
 * as separate processes; a full sync measured until MarketSync holds the expected catalogue, then 1 % of products
 * edited and 1 % of stock changed, measured until MarketSync shows every change; then the naive sync (NaiveSync)
 * on a sample, against the same sandbox. Prints a table and appends it to a results file.
 */
public final class Bench {

    private final Map<String, String> options;
    private final Http http = new Http();
    private final Path jar;
    private double noArchiveStart = -1;
    private final Path work;
    private final List<Process> processes = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private String storeUrl;
    private String marketSyncUrl;
    private long sandboxPid;
    private BenchDatabase database;

    private Bench(Map<String, String> options) {
        this.options = options;
        this.jar = Path.of(options.getOrDefault("jar", "target/cloudsync-hub.jar")).toAbsolutePath();
        this.work = Path.of(options.getOrDefault("work", "bench/work")).toAbsolutePath();
    }

    private static int exitCode;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String key = arg.substring(2);
            if (Set.of("no-naive", "profile", "no-hub", "no-idle").contains(key)) {
                options.put(key, "true");
            } else {
                options.put(key, args[++i]);
            }
        }
        Bench bench = new Bench(options);
        try {
            bench.run();
        } catch (Exception e) {
            e.printStackTrace();
            exitCode = 1; // the harness's pools would keep the JVM alive
        } finally {
            bench.stopAll();
            if (bench.database != null) {
                bench.database.close();
            }
        }
        System.exit(exitCode);
    }

    private int intOption(String key, int fallback) {
        return Integer.parseInt(options.getOrDefault(key, Integer.toString(fallback)).replace("_", "").replace(",", ""));
    }

    private void run() throws Exception {
        int products = intOption("products", 100_000);
        int latency = intOption("latency-ms", 20);
        int naiveSample = Math.min(products, intOption("naive-sample", 2_000));
        double editShare = Double.parseDouble(options.getOrDefault("edit-percent", "1")) / 100.0;
        Files.createDirectories(work);
        String started = LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19);
        say("# Benchmark run " + started);
        say("");
        say("command: `bench/run.sh " + options.getOrDefault("args", "") + "`");
        say("machine: " + Machine.describe());
        database = BenchDatabase.of(options, started);
        say("database: " + database.describe());
        say("");

        int storePort = freePort();
        int marketSyncPort = freePort();
        storeUrl = "http://127.0.0.1:" + storePort;
        marketSyncUrl = "http://127.0.0.1:" + marketSyncPort;
        long t = System.nanoTime();
        Process sandbox = start("sandbox", List.of("-Xmx" + options.getOrDefault("sandbox-heap", "6g"),
                "-Dhub.sandbox.store-port=" + storePort, "-Dhub.sandbox.marketsync-port=" + marketSyncPort,
                "-Dhub.sandbox.products=" + products, "-Dhub.sandbox.activity-per-minute=0",
                "-Dhub.sandbox.publish-delay=1h", "-Dhub.sandbox.marketsync-rate-limit=0",
                "-Dhub.sandbox.marketsync-orders-per-minute=0", "-Dhub.sandbox.customers=50",
                "-Dhub.sandbox.orders=50"), "sandbox");
        waitFor(Duration.ofMinutes(10), "the sandbox", () -> http.tryGet(marketSyncUrl + "/_sandbox/stats") != null
                && http.tryGet(storeUrl + "/_sandbox/store") != null, sandbox);
        log("sandbox up in %.1f s (store %s, MarketSync %s)", secs(t), storeUrl, marketSyncUrl);

        HubProperties properties = HubProperties.of(Map.of("hub.store.url", storeUrl,
                "hub.marketsync.url", marketSyncUrl));
        Expected expected = new Expected(properties, Path.of("mapping/marketsync-mapping.yaml"), http);
        t = System.nanoTime();
        List<Long> ids = expected.allIds();
        Map<String, MappedProduct> catalogue = expected.of(ids);
        int variations = expected.variationCount(catalogue);
        log("expected catalogue read in %.1f s: %,d store products, %,d valid for MarketSync with %,d variations"
                + " (%.2f per product)", secs(t), ids.size(), catalogue.size(), variations,
                variations / (double) catalogue.size());
        say("catalogue: " + ids.size() + " store products, " + catalogue.size()
                + " valid for MarketSync with " + variations + " variations; the rest are the sandbox's deliberate"
                + " traps (invalid data, inactive, shared references) that go to dead letters");

        http.call("PUT", storeUrl + "/_sandbox/faults/*", Map.of("latencyMs", latency));
        http.call("PUT", marketSyncUrl + "/_sandbox/faults/*", Map.of("latencyMs", latency));
        say("added latency: " + latency + " ms on every store webservice and MarketSync API request");
        say("");

        Result hubFull = null;
        Result hubEdit = null;
        Result idle = null;
        if (!options.containsKey("no-hub")) {
            sandboxPid = sandbox.pid();
            if (!options.containsKey("no-cds")) {
                startWithoutArchive();
            }
            resetCounts();
            double sandboxCpu = Machine.cpuSeconds(sandboxPid);
            HubRun hub = startHub("hub", true);
            hubFull = new Result("hub full sync", ids.size());
            hubFull.load = Machine.load();
            database.markCpu();
            converge(hubFull, hub, catalogue, t0(hub));
            hubFull.cpuSeconds = Machine.cpuSeconds(hub.process.pid());
            hubFull.sandboxCpuSeconds = Machine.cpuSeconds(sandboxPid) - sandboxCpu;
            hubFull.databaseCpuSeconds = database.cpuSinceMark();
            hubFull.load += " → " + Machine.load();
            hubFull.requests(requestCounts());
            hubFull.peakRssKb = hub.peakRssKb.get();
            hubFull.firstStoreRequestAt = hub.firstStoreRequestAt;
            log("%s", hubFull.line());
            saveRequestLog("full");

            resetCounts();
            Edits edits = edit(expected, ids, catalogue, editShare, "bench edit");
            hubEdit = new Result("hub 1 % edit + 1 % stock", edits.changed.size());
            hubEdit.load = Machine.load();
            double cpuBefore = Machine.cpuSeconds(hub.process.pid());
            double sandboxBefore = Machine.cpuSeconds(sandboxPid);
            database.markCpu();
            Map<String, MappedProduct> changed = expected.of(edits.changed);
            converge(hubEdit, hub, changed, edits.appliedAt);
            hubEdit.cpuSeconds = Machine.cpuSeconds(hub.process.pid()) - cpuBefore;
            hubEdit.sandboxCpuSeconds = Machine.cpuSeconds(sandboxPid) - sandboxBefore;
            hubEdit.databaseCpuSeconds = database.cpuSinceMark();
            hubEdit.load += " → " + Machine.load();
            hubEdit.requests(requestCounts());
            hubEdit.note = edits.description;
            hubEdit.peakRssKb = hub.peakRssKb.get();
            log("%s", hubEdit.line());
            saveRequestLog("edit");
            hub.stop();
            if (!options.containsKey("no-idle")) {
                resetCounts();
                HubRun idleHub = startHub("hub-idle", false);
                idle = new IdleHour(http, storeUrl, sandboxPid, database, this::resetCounts, this::requestCounts)
                        .measure(idleHub, ids.size(), Double.parseDouble(options.getOrDefault("idle-minutes", "10")),
                                intOption("idle-warmup", 90));
                idleHub.stop();
            }
        }

        Result naiveFull = null;
        Result naiveEdit = null;
        if (!options.containsKey("no-naive")) {
            http.call("DELETE", marketSyncUrl + "/_sandbox/state", null);
            resetCounts();
            List<Long> sample = ids.subList(0, naiveSample);
            NaiveSync naive = new NaiveSync(expected);
            RssOfSelf rss = new RssOfSelf();
            naiveFull = new Result("naive full sync (sample)", sample.size());
            naiveFull.load = Machine.load();
            long start = System.nanoTime();
            naive.fullSync(sample);
            naiveFull.seconds = secs(start);
            naiveFull.load += " → " + Machine.load();
            naiveFull.requests(requestCounts());
            naiveFull.peakRssKb = rss.peakKb();
            naiveFull.note = "harness JVM (naive client + expected catalogue of all products in memory)";
            log("%s", naiveFull.line());

            resetCounts();
            Map<String, MappedProduct> sampleCatalogue = new LinkedHashMap<>();
            Set<Long> sampleIds = Set.copyOf(sample);
            catalogue.forEach((sku, p) -> {
                if (sampleIds.contains(p.storeProductId())) {
                    sampleCatalogue.put(sku, p);
                }
            });
            Edits edits = edit(expected, sample, sampleCatalogue, editShare, "naive edit");
            naiveEdit = new Result("naive 1 % edit + 1 % stock (sample)", edits.changed.size());
            naiveEdit.load = Machine.load();
            start = System.nanoTime();
            naive.incrementalSync(sample);
            naiveEdit.seconds = secs(start);
            naiveEdit.load += " → " + Machine.load();
            naiveEdit.requests(requestCounts());
            naiveEdit.peakRssKb = rss.peakKb();
            naiveEdit.note = "re-reads every product of the sample (stock has no timestamp) and sends each change";
            log("%s", naiveEdit.line());
        }
        expected.close();
        ResultTable.lines(database.label(), ids.size(), hubFull, hubEdit, idle, naiveFull, naiveEdit)
                .forEach(this::say);
        Path results = Path.of(options.getOrDefault("results", "bench/results/" + started.substring(0, 10) + ".md"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("\nappended to " + results);
    }

    // ---- the hub -----------------------------------------------------------------------------------------

    final class HubRun {
        Process process;
        long startedAt;
        final AtomicLong peakRssKb = new AtomicLong();
        volatile double firstStoreRequestAt = -1;
        Thread sampler;

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            sampler.interrupt();
        }
    }

    private static long t0(HubRun hub) {
        return hub.startedAt;
    }

    /** The class-data-sharing archive of `./hub run`, if it is a complete one (as ./hub judges it) for this jar. */
    private Path archive() throws IOException {
        Path archive = jar.resolveSibling("cloudsync-hub.jsa");
        boolean usable = Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(
                Files.getLastModifiedTime(jar)) > 0 && Files.size(archive) > 32L * 1024 * 1024;
        return usable ? archive : null;
    }

    /**
     * The start users get without the archive: the hub on a fresh folder with no class-data sharing, stopped 5 s
     * after its first store request (what it sent to MarketSync is then emptied). When `./hub run` has written no
     * archive for this jar yet, this start writes it, as `./hub run` does (-XX:ArchiveClassesAtExit).
     */
    private void startWithoutArchive() throws Exception {
        List<String> extra = new ArrayList<>();
        if (archive() == null) {
            extra.add("-XX:ArchiveClassesAtExit=" + jar.resolveSibling("cloudsync-hub.jsa").toAbsolutePath());
            extra.add("-Xlog:cds=off");
        }
        resetCounts(); // the store's request count starts at 0: the first request is the hub's
        HubRun hub = startHub("hub-start", true, extra);
        long waiting = System.nanoTime();
        while (hub.firstStoreRequestAt < 0 && hub.process.isAlive() && secs(waiting) < 300) {
            Thread.sleep(100);
        }
        Thread.sleep(5_000);
        hub.stop();
        http.call("DELETE", marketSyncUrl + "/_sandbox/state", null);
        database.recreate();
        noArchiveStart = hub.firstStoreRequestAt;
        log("hub without the CDS archive: first store request %.1f s after its start%s", noArchiveStart,
                extra.isEmpty() ? "" : " (it wrote the archive)");
        say("start without the CDS archive (fresh database): first store request " + String.format(Locale.ROOT,
                "%.1f s", noArchiveStart) + " after `java` started; the hub runs below use `./hub run`'s archive "
                + jar.resolveSibling("cloudsync-hub.jsa") + (archive() == null ? " — none could be written" : ""));
        say("");
    }

    /**
     * Starts the hub as process {@code name} (its log: {@code <name>.log}); {@code fresh}: on a new folder with the
     * bench's poll periods, else on the same folder and database with the hub's default periods (the idle hour).
     */
    private HubRun startHub(String name, boolean fresh) throws IOException {
        Path archive = options.containsKey("no-cds") ? null : archive();
        return startHub(name, fresh, archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath()));
    }

    private HubRun startHub(String name, boolean fresh, List<String> sharing) throws IOException {
        Path dir = work.resolve("hub");
        if (fresh) {
            deleteTree(dir);
            Files.createDirectories(dir);
            copyTree(Path.of("routes"), dir.resolve("routes"));
            copyTree(Path.of("mapping"), dir.resolve("mapping"));
        }
        List<String> jvm = new ArrayList<>();
        Path jvmOptions = Path.of("jvm.options").toAbsolutePath();
        if (Files.exists(jvmOptions)) {
            jvm.add("@" + jvmOptions); // what ./hub runs with; --hub-opts come after it and win
        }
        jvm.addAll(sharing); // as ./hub run
        for (String option : options.getOrDefault("hub-opts", "").split(" ")) {
            if (!option.isBlank()) {
                jvm.add(option);
            }
        }
        if (options.containsKey("profile")) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve(name + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        jvm.addAll(List.of("-Dhub.store.url=" + storeUrl, "-Dhub.marketsync.url=" + marketSyncUrl));
        jvm.addAll(database.hubProperties(dir));
        if (fresh) {
            jvm.addAll(List.of("-Dhub.poll.products=" + options.getOrDefault("poll-products", "1s"),
                    "-Dhub.poll.stock=" + options.getOrDefault("poll-stock", "10s"), "-Dhub.poll.first-delay=0"));
        }
        jvm.addAll(List.of("-Dcamel.server.port=" + freePort(), "-Dcamel.management.port=" + freePort()));
        for (String key : options.keySet()) {
            if (key.startsWith("hub.")) {
                jvm.add("-D" + key + "=" + options.get(key));
            }
        }
        HubRun hub = new HubRun();
        hub.startedAt = System.nanoTime();
        hub.process = start(name, jvm, "run", dir, database.hubEnvironment());
        long pid = hub.process.pid();
        hub.sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                hub.peakRssKb.accumulateAndGet(Machine.vmHwmKb(pid), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        hub.sampler.setDaemon(true);
        hub.sampler.start();
        Thread starting = new Thread(() -> {
            while (hub.process.isAlive()) {
                JsonNode requests = http.tryGet(storeUrl + "/_sandbox/requests");
                if (requests != null && requests.path("total").asLong() > 0) {
                    hub.firstStoreRequestAt = secs(hub.startedAt);
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "start-watch");
        starting.setDaemon(true);
        starting.start();
        say((fresh ? "hub" : "idle hub") + ": `java " + String.join(" ", jvm) + " -jar cloudsync-hub.jar run` (pid "
                + pid + ")");
        return hub;
    }

    /** Waits until every expected product is in MarketSync as expected; the time is that of the last check that found one missing
     *  product right (checked in pages of the inspection API, then one by one). */
    private void converge(Result result, HubRun hub, Map<String, MappedProduct> expected, long since)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(intOption("timeout-min", 180)).toNanos();
        long lastReport = System.nanoTime();
        if (expected.size() > 5_000) {
            // cheap counts first: no need to download 100,000 products while most are still missing
            while (true) {
                JsonNode stats = http.get(marketSyncUrl + "/_sandbox/stats");
                if (result.firstRequestAt < 0 && stats.path("byController").has("productos")) {
                    result.firstRequestAt = secs(since);
                }
                if (stats.path("products").asInt() >= expected.size()) {
                    break;
                }
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    log("  %5.0f s  %,d products, %,d variations in MarketSync, %,d requests; hub RSS %,d MB; load %s",
                            secs(since), stats.path("products").asInt(), stats.path("variations").asInt(),
                            stats.path("requests").asInt(), Machine.vmRssKb(hub.process.pid()) / 1024, Machine.load());
                    lastReport = System.nanoTime();
                }
                check(hub, deadline);
                Thread.sleep(250);
            }
        }
        Set<String> missing = new LinkedHashSet<>(expected.keySet());
        boolean paged = expected.size() > 5_000;
        while (!missing.isEmpty()) {
            if (paged) {
                for (int offset = 0; ; offset += 5_000) {
                    JsonNode page = http.get(marketSyncUrl + "/_sandbox/state/products?offset=" + offset + "&limit=5000");
                    page.fields().forEachRemaining(e -> {
                        MappedProduct wanted = expected.get(e.getKey());
                        if (wanted != null && Expected.matches(wanted, e.getValue())) {
                            missing.remove(e.getKey());
                        }
                    });
                    if (page.size() < 5_000) {
                        break;
                    }
                }
                result.seconds = secs(since);
                paged = missing.size() > 2_000;
            } else {
                for (String sku : List.copyOf(missing)) {
                    JsonNode state = http.tryGet(marketSyncUrl + "/_sandbox/state/products/" + sku);
                    if (Expected.matches(expected.get(sku), state)) {
                        missing.remove(sku);
                        result.seconds = secs(since);
                    }
                }
            }
            if (!missing.isEmpty()) {
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    log("  %5.0f s  %,d of %,d products not yet as expected (e.g. %s); load %s", secs(since),
                            missing.size(), expected.size(), missing.iterator().next(), Machine.load());
                    lastReport = System.nanoTime();
                }
                check(hub, deadline);
                Thread.sleep(200);
            }
        }
    }

    private void check(HubRun hub, long deadline) {
        if (!hub.process.isAlive()) {
            throw new IllegalStateException("the hub died; see " + work.resolve("hub.log"));
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no convergence before the time limit");
        }
    }

    // ---- edits -------------------------------------------------------------------------------------------

    record Edits(List<Long> changed, long appliedAt, String description) {
    }

    /** Renames editShare of the products (one bulk edit) and changes one stock row of another editShare. */
    private Edits edit(Expected expected, List<Long> ids, Map<String, MappedProduct> catalogue, double share,
                       String label) throws Exception {
        List<MappedProduct> valid = new ArrayList<>(catalogue.values());
        int count = Math.max(1, (int) Math.round(ids.size() * share));
        int step = Math.max(1, valid.size() / count);
        List<Long> renamed = new ArrayList<>();
        List<MappedProduct> restocked = new ArrayList<>();
        for (int i = 0; i < valid.size() && renamed.size() < count; i += step) {
            renamed.add(valid.get(i).storeProductId());
        }
        for (int i = step / 2; i < valid.size() && restocked.size() < count; i += step) {
            if (!valid.get(i).variations().isEmpty()) {
                restocked.add(valid.get(i));
            }
        }
        http.call("POST", storeUrl + "/_sandbox/products/bulk-edit", Map.of("ids", renamed,
                "fields", Map.of("name", label + " " + System.currentTimeMillis() % 100000)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (MappedProduct product : restocked) {
            var variation = product.variations().get(0);
            done.add(pool.submit(() -> http.call("PUT", storeUrl + "/_sandbox/stock", Map.of("productId",
                    product.storeProductId(), "combinationId", variation.combinationId(), "quantity",
                    variation.stock() + 7))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long appliedAt = System.nanoTime();
        List<Long> changed = new ArrayList<>(renamed);
        restocked.forEach(p -> changed.add(p.storeProductId()));
        return new Edits(changed, appliedAt, renamed.size() + " products renamed (one bulk edit), " + restocked.size()
                + " stock rows changed");
    }

    // ---- requests ----------------------------------------------------------------------------------------

    /** MarketSync's request log of the phase, for a timeline; refusals are summarised on the console. */
    private void saveRequestLog(String phase) throws IOException {
        JsonNode log = http.get(marketSyncUrl + "/_sandbox/requests?since=0");
        Files.writeString(work.resolve("marketsync-requests-" + phase + ".json"), log.toString());
        Map<String, Integer> refused = new LinkedHashMap<>();
        for (JsonNode request : log.path("requests")) {
            if (request.path("status").asInt() != 200) {
                String error = request.path("error").asText("");
                refused.merge(request.path("verb").asText() + " " + request.path("controller").asText() + " "
                        + request.path("status").asInt() + ": " + error.substring(0, Math.min(160, error.length())),
                        1, Integer::sum);
            }
        }
        refused.entrySet().stream().limit(8).forEach(e -> log("  refused %d× %s", e.getValue(), e.getKey()));
    }

    private void resetCounts() {
        http.call("DELETE", storeUrl + "/_sandbox/requests", null);
        http.call("DELETE", marketSyncUrl + "/_sandbox/requests", null);
    }

    private Map<String, Long> requestCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode stats = http.get(marketSyncUrl + "/_sandbox/stats");
        stats.path("byController").fields().forEachRemaining(controller -> controller.getValue().fields()
                .forEachRemaining(verb -> {
                    long sum = 0;
                    for (var status : (Iterable<Map.Entry<String, JsonNode>>) verb.getValue()::fields) {
                        sum += status.getValue().asLong();
                    }
                    counts.merge("MarketSync " + verb.getKey() + " " + controller.getKey(), sum, Long::sum);
                }));
        JsonNode store = http.get(storeUrl + "/_sandbox/requests");
        store.path("byResource").fields().forEachRemaining(r -> counts.merge("store " + r.getKey(),
                r.getValue().asLong(), Long::sum));
        return counts;
    }

    // ---- processes and helpers ---------------------------------------------------------------------------

    private Process start(String name, List<String> jvm, String command) throws IOException {
        return start(name, jvm, command, work, Map.of());
    }

    private Process start(String name, List<String> jvm, String command, Path dir, Map<String, String> env)
            throws IOException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvm);
        line.add("-jar");
        line.add(jar.toString());
        line.add(command);
        Path logFile = work.resolve(name + ".log");
        Files.deleteIfExists(logFile);
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void stopAll() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Duration atMost, String what, Check check, Process process) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!check.ok()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not come up");
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void say(String line) {
        System.out.println(line);
        report.append(line).append('\n');
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, "[%s] ", LocalDateTime.now().toLocalTime().withNano(0))
                + String.format(Locale.ROOT, format, args));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Peak RSS of this JVM (the naive client runs here). */
    static final class RssOfSelf {
        long peakKb() {
            return Machine.vmHwmKb(ProcessHandle.current().pid());
        }
    }
}
