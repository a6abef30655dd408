package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of a run (markdown), with the naive sync extrapolated to the whole catalogue. */
final class ResultTable {

    private ResultTable() {
    }

    static List<String> lines(String database, int storeProducts, Result hubFull, Result hubEdit, Result idle,
                              Result naiveFull, Result naiveEdit) {
        List<String> out = new ArrayList<>();
        String cpu = database.equals("H2") ? "hub CPU (sandbox CPU)" : "hub CPU (sandbox CPU, " + database + " CPU)";
        out.add("");
        out.add("| phase (hub on " + database + ") | products | time to converge | products/s | " + cpu
                + " | MarketSync requests | store requests | peak RSS | load (1/5/15 min, start → end) |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Result r : new Result[] {hubFull, hubEdit, naiveFull, naiveEdit}) {
            if (r != null) {
                out.add(String.format(Locale.ROOT, "| %s | %,d | %.1f s%s | %,.1f | %s | %,d | %,d | %,d MB | %s |",
                        r.name, r.products, r.seconds, (r.firstStoreRequestAt < 0 ? "" : String.format(Locale.ROOT,
                                " (first store request at %.1f s)", r.firstStoreRequestAt))
                                + (r.firstRequestAt < 0 ? "" : String.format(Locale.ROOT,
                                " (first product request at %.1f s)", r.firstRequestAt)), r.rate(), r.cpu(),
                        r.total("MarketSync"), r.total("store"), r.peakRssKb / 1024, r.load));
            }
        }
        if (idle != null) {
            out.add(String.format(Locale.ROOT, "| %s | %,d | nothing changes; %.1f MB of store answers per hour | |"
                            + " %s per hour | %,d per hour | %,d per hour | %,d MB | %s |", idle.name, idle.products,
                    idle.storeBytes / 1e6, idle.cpu(), idle.total("MarketSync"), idle.total("store"),
                    idle.peakRssKb / 1024, idle.load));
        }
        if (naiveFull != null) {
            double perProduct = naiveFull.seconds / naiveFull.products;
            out.add(String.format(Locale.ROOT, "| naive full sync, extrapolated to %,d | %,d | %.0f s (%.1f h) | %,.1f | | %,d | %,d | | from the sample's rate |",
                    storeProducts, storeProducts, perProduct * storeProducts, perProduct * storeProducts / 3600,
                    naiveFull.rate(), naiveFull.total("MarketSync") * storeProducts / naiveFull.products,
                    naiveFull.total("store") * storeProducts / naiveFull.products));
            if (naiveEdit != null) {
                double scale = storeProducts / (double) naiveFull.products;
                out.add(String.format(Locale.ROOT, "| naive 1 %% edit pass, extrapolated to %,d | %,d | %.0f s | %,.1f | | %,d | %,d | | a pass re-reads every product |",
                        storeProducts, Math.round(naiveEdit.products * scale), naiveEdit.seconds * scale,
                        naiveEdit.rate(), Math.round(naiveEdit.total("MarketSync") * scale),
                        Math.round(naiveEdit.total("store") * scale)));
            }
        }
        out.add("");
        if (hubFull != null && naiveFull != null) {
            out.add(String.format(Locale.ROOT, "hub / naive, full sync: %.1f× (products/s)",
                    hubFull.rate() / naiveFull.rate()));
        }
        if (hubEdit != null && naiveEdit != null) {
            double naiveSeconds = naiveEdit.seconds * storeProducts / naiveFull.products;
            out.add(String.format(Locale.ROOT, "hub / naive, 1 %% edit phase: %.1f× (time to converge, naive extrapolated)",
                    naiveSeconds / hubEdit.seconds));
        }
        for (Result r : new Result[] {hubFull, hubEdit, idle, naiveFull, naiveEdit}) {
            if (r != null) {
                out.add("");
                out.add("requests, " + r.name + (r.note.isEmpty() ? "" : " (" + r.note + ")") + ": " + r.requests);
            }
        }
        return out;
    }
}
