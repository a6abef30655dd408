package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.outbox.ChangeSet;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One poll of MarketSync's orders between the route's steps, owned by one exchange. Its passes, in order: the change
 * sets a crash left undelivered; the new orders, paged by id from the saved position (on the very first poll, with
 * no position yet, the orders placed since {@code lookbackFrom} instead); then, when due, the look-back pass over the
 * orders placed since {@code lookbackFrom}, which finds the orders that changed after they were placed.
 */
public final class MarketplaceOrderRun {

    /** Which pass the run is in. */
    enum Pass { NEW, LOOKBACK, DONE }

    private final Deque<ChangeSet> pending;
    private final LocalDateTime lookbackFrom;
    private final boolean lookbackDue;
    private final boolean firstPoll;
    private Long position;
    private Pass pass = Pass.NEW;
    private int offset;
    private Long pagePosition;
    private long read;
    private long changed;
    private long skipped;
    private boolean lookedBack;
    private LocalDateTime latestSeen;

    MarketplaceOrderRun(List<ChangeSet> pending, Long position, LocalDateTime lookbackFrom, boolean lookbackDue) {
        this.pending = new ArrayDeque<>(pending);
        this.position = position;
        this.firstPoll = position == null;
        this.lookbackFrom = lookbackFrom;
        this.lookbackDue = lookbackDue;
    }

    /** Whether another change set is to be read or delivered in this run. */
    public boolean hasMore() {
        return !pending.isEmpty() || pass != Pass.DONE;
    }

    /** Orders read in this run, and of those, orders new or changed: for the log. */
    public long read() {
        return read;
    }

    public long changed() {
        return changed;
    }

    /** Orders MarketSync sent that could not be read (no usable id): left out, and logged. */
    public long skipped() {
        return skipped;
    }

    /** The highest order id handed on completely (null before the first poll ever finished a page). */
    public Long position() {
        return position;
    }

    /**
     * MarketSync time up to which every order it registered was read in this run, null when the run cannot tell:
     * the latest registration or change time its new-order pass saw, or the latest time MarketSync answered one of
     * its pages (the envelope's {@code timestamp}), so the horizon moves on when no order comes. Each of those times
     * was MarketSync's clock at or before that pass's last page, and an order registered by then is listed there
     * (new orders are paged by id to the end); a time read from MarketSync, never the hub's clock. The look-back pass
     * reads after the new orders' end and tells nothing about them.
     */
    public LocalDateTime horizon() {
        return pass == Pass.NEW ? null : latestSeen;
    }

    /** A page of the new-order pass showed this MarketSync time (null: none). */
    void sawMarketSyncTime(LocalDateTime at) {
        if (at != null && (latestSeen == null || at.isAfter(latestSeen))) {
            latestSeen = at;
        }
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    ChangeSet nextPending() {
        return pending.poll();
    }

    Pass pass() {
        return pass;
    }

    /** No position was saved yet: the new-order pass reads the orders placed since {@link #lookbackFrom()}. */
    boolean firstPoll() {
        return firstPoll;
    }

    LocalDateTime lookbackFrom() {
        return lookbackFrom;
    }

    int offset() {
        return offset;
    }

    /**
     * A page of the new-order pass was read: {@code returned} orders came back, {@code highestId} is the highest id
     * among them (null for none); the pass ends with a short page or one with nothing new.
     */
    void newPageRead(int returned, Long highestId, int pageSize, long changes, long unreadable) {
        count(returned, changes, unreadable);
        boolean movesOn = highestId != null && (position == null || highestId > position);
        pagePosition = movesOn ? highestId : null;
        offset += returned;
        if (returned < pageSize || !movesOn) {
            // the first poll has just read the whole look-back window
            lookedBack = firstPoll;
            pass = lookbackDue && !firstPoll ? Pass.LOOKBACK : Pass.DONE;
            offset = 0;
        }
    }

    /** A page of the look-back pass was read; it ends with a short page. */
    void lookbackPageRead(int returned, int pageSize, long changes, long unreadable) {
        count(returned, changes, unreadable);
        pagePosition = null;
        offset += returned;
        if (returned < pageSize) {
            pass = Pass.DONE;
            lookedBack = true;
        }
    }

    /** The position the page just delivered moves the run to (null: it does not move), taken once. */
    Long takePagePosition() {
        Long taken = pagePosition;
        pagePosition = null;
        if (taken != null) {
            position = taken;
        }
        return taken;
    }

    /** Whether the look-back pass ran to its end in this run. */
    boolean lookedBack() {
        return lookedBack;
    }

    private void count(int returned, long changes, long unreadable) {
        read += returned;
        changed += changes;
        skipped += unreadable;
    }
}
