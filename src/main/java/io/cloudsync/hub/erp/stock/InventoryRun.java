package io.cloudsync.hub.erp.stock;

import java.util.EnumMap;
import java.util.Map;

/**
 * One pass of the inventory automation over the mirrored catalogue: where it is and what it decided so far.
 * {@link #toString()} is the run's log line.
 */
public final class InventoryRun {

    private String after = "";
    private boolean more = true;
    private int lines;
    private int unknown;
    private final Map<ReplenishmentRule.Action, Integer> decided = new EnumMap<>(ReplenishmentRule.Action.class);

    String after() {
        return after;
    }

    void paged(MirroredStock.Page page, int unknownInPage) {
        after = page.after();
        more = page.more();
        lines += page.lines().size();
        unknown += unknownInPage;
    }

    void decided(ReplenishmentRule.Action action) {
        decided.merge(action, 1, Integer::sum);
    }

    public boolean isMore() {
        return more;
    }

    public int decisions(ReplenishmentRule.Action action) {
        return decided.getOrDefault(action, 0);
    }

    @Override
    public String toString() {
        return "inventory: " + lines + " store lines checked, " + decisions(ReplenishmentRule.Action.STORE_UPDATED)
                + " store-updated, " + decisions(ReplenishmentRule.Action.PURCHASE_REQUESTED) + " purchase-requested, "
                + decisions(ReplenishmentRule.Action.RECEIVED) + " received, "
                + decisions(ReplenishmentRule.Action.REQUEST_CANCELLED) + " request-cancelled, " + unknown
                + " SKUs Tryton does not know (left alone)";
    }
}
