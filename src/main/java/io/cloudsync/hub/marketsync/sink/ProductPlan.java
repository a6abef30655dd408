package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one product needs from MarketSync in a delivery run, and how it went. A live product is created
 * (after a look-up by SKU finds nothing), updated from the diff against what MarketSync last accepted, or
 * fully re-sent when MarketSync has it but the ledger does not know its state (a crash between create and
 * bookkeeping). A product gone from the store is sold out where it was ever published, else deleted.
 */
public final class ProductPlan {

    /** What the product needs. */
    public enum Mode {
        /** Not known to MarketSync by the ledger: look it up, then create it or send it whole. */
        CREATE_OR_FIND,
        /** Known: send what the diff says changed. */
        UPDATE,
        /** Known to MarketSync but not to the ledger: send every column, variation, stock and price. */
        FULL,
        /** Gone from the store (or its SKU changed): look it up, then sell it out or delete it. */
        REMOVE,
        /** Nothing to send (an inactive product never created, an invalid one). */
        NOTHING
    }

    private final String storeId;
    private final String sku;
    private final MappedProduct mapped;
    private final ProductAspects aspects;
    private final ProductDiff diff;
    private Mode mode;
    private String remoteId;
    private Set<String> remoteVariations = Set.of();
    private List<Long> publishedMarkets = List.of();
    private PublicationIntent intent = PublicationIntent.none();
    /** Until the look-up reads MarketSync's states: what the intent alone gives. */
    private Publication publication = Publication.of(intent, Map.of());
    private final List<String> warnings = new ArrayList<>();
    private Failure failure;
    private final boolean removing;
    /** A create of this product got no clear answer: MarketSync may hold it, so it is looked up before a retry. */
    private boolean createUnknown;

    private ProductPlan(String storeId, String sku, Mode mode, MappedProduct mapped, ProductAspects aspects,
                        ProductDiff diff, String remoteId) {
        this.storeId = storeId;
        this.sku = sku;
        this.mode = mode;
        this.mapped = mapped;
        this.aspects = aspects;
        this.diff = diff;
        this.remoteId = remoteId;
        this.removing = mode == Mode.REMOVE;
    }

    /** Why a product did not reach MarketSync: what a dead letter records. */
    public record Failure(String errorClass, String message, String failedCall, int attempts, boolean invalid) {
    }

    public static ProductPlan live(String storeId, MappedProduct mapped, ProductAspects aspects, ProductDiff diff,
                                   String remoteId, boolean active) {
        return live(storeId, mapped, aspects, diff, remoteId, active, PublicationIntent.none());
    }

    /** A live product, with what the hub wants of its publication on each market. */
    public static ProductPlan live(String storeId, MappedProduct mapped, ProductAspects aspects, ProductDiff diff,
                                   String remoteId, boolean active, PublicationIntent intent) {
        Mode mode;
        if (remoteId == null) {
            mode = active ? Mode.CREATE_OR_FIND : Mode.NOTHING;
        } else {
            mode = diff.create() ? Mode.FULL : Mode.UPDATE;
        }
        ProductPlan plan = new ProductPlan(storeId, mapped.sku(), mode, mapped, aspects, diff, remoteId);
        plan.intent = intent;
        plan.publication = Publication.of(intent, Map.of());
        return plan;
    }

    public static ProductPlan invalid(String storeId, String sku, MappedProduct mapped, String reasons) {
        ProductPlan plan = new ProductPlan(storeId, sku, Mode.NOTHING, mapped, null, null, null);
        plan.failure = new Failure(InvalidProductException.class.getName(), reasons, null, 1, true);
        return plan;
    }

    public static ProductPlan removal(String storeId, String sku, String remoteId) {
        return new ProductPlan(storeId, sku, Mode.REMOVE, null, null, null, remoteId);
    }

    /**
     * What this product's dead letters are keyed by: the store product (a SKU can change — fixing a too-short
     * reference does — and the fix must close the letter), or, for a SKU being removed, that SKU.
     */
    public String letterKey() {
        return removing ? "sku " + sku : "store product " + storeId;
    }

    public String storeId() {
        return storeId;
    }

    public String sku() {
        return sku;
    }

    public synchronized Mode mode() {
        return mode;
    }

    public MappedProduct mapped() {
        return mapped;
    }

    public ProductAspects aspects() {
        return aspects;
    }

    public ProductDiff diff() {
        return diff;
    }

    public synchronized String remoteId() {
        return remoteId;
    }

    /** The look-up found nothing under the SKU: the product is created. */
    synchronized void notFound() {
        if (mode == Mode.REMOVE) {
            mode = Mode.NOTHING;
        }
    }

    /**
     * The look-up found the SKU: its id, its variations' SKUs, the marketplaces it was published on and its
     * publication state on each marketplace.
     */
    synchronized void found(String id, Set<String> variations, List<Long> markets,
                            Map<Long, PublicationState> states) {
        remoteId = id;
        remoteVariations = Set.copyOf(variations);
        publishedMarkets = List.copyOf(markets);
        publication = Publication.of(intent, states);
        if (mode == Mode.CREATE_OR_FIND) {
            mode = Mode.FULL;
        }
    }

    synchronized void created(String id) {
        remoteId = id;
    }

    /** The create call timed out, lost its connection, got a 5xx or an unreadable answer. */
    synchronized void createOutcomeUnknown() {
        if (needsCreate()) {
            createUnknown = true;
        }
    }

    /** Whether MarketSync must be asked for the SKU before the product is posted again. */
    public synchronized boolean createOutcomeIsUnknown() {
        return createUnknown && needsCreate();
    }

    /** The look-up after an unknown create answered (found: {@link #found} made it an update; else: post again). */
    synchronized void createOutcomeSettled() {
        createUnknown = false;
    }

    /** Whether creation is what the product needs (the look-up found nothing). */
    public synchronized boolean needsCreate() {
        return mode == Mode.CREATE_OR_FIND && remoteId == null && failure == null;
    }

    public synchronized Set<String> remoteVariations() {
        return remoteVariations;
    }

    public synchronized List<Long> publishedMarkets() {
        return publishedMarkets;
    }

    public synchronized PublicationIntent intent() {
        return intent;
    }

    /** What this run may send for each market, and the state changes it drives. */
    public synchronized Publication publication() {
        return publication;
    }

    public synchronized boolean failed() {
        return failure != null;
    }

    public synchronized Failure failure() {
        return failure;
    }

    synchronized void fail(Failure reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    synchronized void warn(String warning) {
        warnings.add(warning);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Still to be worked on: not failed, and in one of the given modes. */
    public synchronized boolean active(Mode... modes) {
        if (failure != null) {
            return false;
        }
        for (Mode candidate : modes) {
            if (mode == candidate) {
                return true;
            }
        }
        return false;
    }
}
