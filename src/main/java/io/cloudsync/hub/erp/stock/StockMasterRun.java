package io.cloudsync.hub.erp.stock;

/**
 * One pass of the stock master over the mirrored catalogue: where it is (the cursor of {@link MirroredStock}) and
 * what it counted so far. {@link #toString()} is the run's log line.
 */
public final class StockMasterRun {

    private String after = "";
    private boolean more = true;
    private int lines;
    private int unknown;
    private int differing;

    String after() {
        return after;
    }

    void paged(MirroredStock.Page page, int unknownInPage, int differingInPage) {
        after = page.after();
        more = page.more();
        lines += page.lines().size();
        unknown += unknownInPage;
        differing += differingInPage;
    }

    public boolean isMore() {
        return more;
    }

    public int getDiffering() {
        return differing;
    }

    public int getUnknown() {
        return unknown;
    }

    @Override
    public String toString() {
        return "stock master: " + lines + " store lines compared with Tryton, " + differing + " differing (written to"
                + " the store), " + unknown + " SKUs Tryton does not know (left alone)";
    }
}
