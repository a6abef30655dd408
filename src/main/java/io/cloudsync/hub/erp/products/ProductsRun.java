package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change set on its way to Tryton: the planned calls still to send, the calls Tryton took, and every reason a
 * store product could not get there (the planner's, and Tryton's refusals). A batch Tryton refuses is tried again
 * product by product at once, so only the product at fault is held back.
 */
public final class ProductsRun {

    private final Map<String, ProductChange> products = new LinkedHashMap<>();
    private final Deque<PlannedCall> pending = new ArrayDeque<>();
    private final List<PlannedCall> sent = new ArrayList<>();
    private final Map<String, List<String>> reasons = new LinkedHashMap<>();
    private final java.util.Set<String> trytonFailed = new java.util.HashSet<>();
    private PlannedCall current;

    public ProductsRun(List<ProductChange> changes) {
        changes.forEach(change -> products.put(change.storeId(), change));
    }

    /** A run that cannot start: the look-up (or Tryton's reference data) failed; every product is held back. */
    public static ProductsRun notLookedUp(List<ProductChange> changes, Throwable error, int attempts) {
        ProductsRun run = new ProductsRun(changes);
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        TrytonException tryton = trytonCause(error);
        String reason = "Tryton's products could not be looked up: " + message
                + (tryton != null && tryton.kind() == TrytonException.Kind.REFUSED ? "" : " (after " + attempts
                + " tries)");
        changes.forEach(change -> {
            run.problem(change.storeId(), reason);
            run.trytonFailed.add(change.storeId());
        });
        return run;
    }

    void add(PlannedCall call) {
        pending.addLast(call);
    }

    void problem(String storeId, String reason) {
        reasons.computeIfAbsent(storeId, id -> new ArrayList<>()).add(reason);
    }

    public boolean hasNext() {
        return !pending.isEmpty();
    }

    /** The next call to send; {@link #sent()} or {@link #failed} tells how it went. */
    public TrytonCall nextCall() {
        current = pending.removeFirst();
        return current.call();
    }

    /** Tryton took the current call. */
    public void sent() {
        sent.add(current);
        current = null;
    }

    /** Tryton refused the current call, or could not be reached through all retries. */
    public void failed(Throwable error, int attempts) {
        PlannedCall call = current;
        current = null;
        TrytonException tryton = trytonCause(error);
        boolean refused = tryton != null && tryton.kind() == TrytonException.Kind.REFUSED;
        if (refused && call.items().size() > 1) {
            List<PlannedCall> single = call.single();
            for (int i = single.size() - 1; i >= 0; i--) {
                pending.addFirst(single.get(i));
            }
            return;
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String reason = refused ? message : message + " (after " + attempts + " tries)";
        call.items().forEach(item -> {
            problem(item.storeId(), reason);
            trytonFailed.add(item.storeId());
        });
    }

    public List<PlannedCall> sentCalls() {
        return List.copyOf(sent);
    }

    /** Why each store product that did not fully reach Tryton did not, by store id. */
    public Map<String, List<String>> reasons() {
        return java.util.Collections.unmodifiableMap(reasons);
    }

    /** Whether a call of the product failed in Tryton (else only the planner held it back). */
    public boolean failedInTryton(String storeId) {
        return trytonFailed.contains(storeId);
    }

    public ProductChange product(String storeId) {
        return products.get(storeId);
    }

    /** The store products of the set that reached Tryton whole (nothing to hold back). */
    public List<String> delivered() {
        return products.keySet().stream().filter(id -> !reasons.containsKey(id)).toList();
    }

    public long count(PlannedCall.Kind kind) {
        return sent.stream().filter(call -> call.kind() == kind).mapToLong(call -> call.items().size()).sum();
    }

    private static TrytonException trytonCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TrytonException tryton) {
                return tryton;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return products.size() + " products: " + count(PlannedCall.Kind.CREATE_TEMPLATES) + " templates and "
                + count(PlannedCall.Kind.CREATE_VARIANTS) + " variants created, "
                + count(PlannedCall.Kind.WRITE_TEMPLATES) + " templates written, " + reasons.size()
                + " dead-lettered";
    }
}
