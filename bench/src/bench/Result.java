package bench;

import java.util.Locale;
import java.util.Map;

/** The figures of one phase of a run. CPU, requests and bytes of the idle hour are per hour (scaled). */
final class Result {
    final String name;
    final int products;
    double seconds;
    Map<String, Long> requests = Map.of();
    long peakRssKb;
    double cpuSeconds = -1;
    double sandboxCpuSeconds = -1;
    /** CPU of the PostgreSQL backends serving the hub; -1 for H2, which runs inside the hub process. */
    double databaseCpuSeconds = -1;
    /** The idle hour's sampled time; -1 for a phase measured to convergence. */
    double scaledFromSeconds = -1;
    long storeBytes = -1;
    double firstRequestAt = -1;
    double firstStoreRequestAt = -1;
    String load = "";
    String note = "";

    Result(String name, int products) {
        this.name = name;
        this.products = products;
    }

    void requests(Map<String, Long> counts) {
        requests = counts;
    }

    boolean idle() {
        return scaledFromSeconds >= 0;
    }

    long total(String prefix) {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    double rate() {
        return products / seconds;
    }

    /** "hub (sandbox[, PostgreSQL])" CPU seconds. */
    String cpu() {
        if (cpuSeconds < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f s (%.1f s%s)", cpuSeconds, sandboxCpuSeconds,
                databaseCpuSeconds < 0 ? "" : String.format(Locale.ROOT, ", %.1f s", databaseCpuSeconds));
    }

    String line() {
        return String.format(Locale.ROOT, "%s: %,d products in %.1f s = %,.1f products/s (first store request"
                        + " after %.1f s, first product request after %.1f s); CPU hub (sandbox[, PostgreSQL]) %s;"
                        + " %,d MarketSync + %,d store requests; peak RSS %,d MB; load %s",
                name, products, seconds, rate(), firstStoreRequestAt, firstRequestAt, cpu(), total("MarketSync"),
                total("store"), peakRssKb / 1024, load);
    }
}
