package io.cloudsync.hub.storeorders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Brings one marketplace order into the store exactly once: customer (found by e-mail first), address (found by its
 * alias first), cart (with the customer's {@code secure_key}, without which PrestaShop refuses to order it), order;
 * or cancels the store order it made. The import ledger is written before each write, and an order is looked up by
 * its cart before it is created, so a crash at any point ({@code kill -9} included) never makes a second order.
 * PrestaShop prices the order from its cart at the shop's own prices and shipping, and starts it in "Payment error"
 * (no stock taken) when {@code total_paid}, the marketplace's amount, differs; such an order is moved to the paid
 * state, which takes its stock out. The stock cut-off is told ({@link StockCutoffRecords}) once the stock is out,
 * and before a cancellation gives it back. A refusal of the store (a 4xx, or PrestaShop's bare HTTP 500 texts, which
 * retrying cannot change) makes the order dead; a failure worth retrying (5xx, timeout, 429) is thrown to the
 * caller, whose retries find the ledger where it was.
 */
public final class StoreOrderWriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What PrestaShop's order creation and state change say when they give up (a bare text, HTTP 500). */
    private static final List<String> PRESTASHOP_GIVES_UP = List.of("Order creation failed", "Fatal error",
            "Cart cannot be loaded", "The order address country is not active", "Invalid new order status");

    private final StoreClient store;
    private final ImportLedger ledger;
    private final StoreOrderPlanner planner;
    private final Supplier<StoreDirectory> directory;
    private final MirrorCatalogue catalogue;
    private final StatusWords statusWords;
    private final StockCutoffRecords cutoff;
    private final StoreLookups lookups;

    public StoreOrderWriter(StoreClient store, ImportLedger ledger, ImportSettings settings,
                            Supplier<StoreDirectory> directory, MirrorCatalogue catalogue, StockCutoffRecords cutoff) {
        this.store = store;
        this.ledger = ledger;
        this.cutoff = cutoff;
        this.lookups = new StoreLookups(store);
        this.planner = new StoreOrderPlanner(settings);
        this.directory = directory;
        this.catalogue = catalogue;
        this.statusWords = settings.statusWords();
    }

    /**
     * Records the seller-stock lines of the orders about to be handled (cancelled ones aside) for the stock cut-off,
     * before any of them is written to the store: an order the store refuses still counts as sold on MarketSync.
     */
    public void seen(List<IncomingOrder> orders) {
        cutoff.seen(orders.stream()
                .filter(order -> statusWords.meaning(order.marketId(), order.status()) != StatusWords.Meaning.CANCELLED)
                .toList());
    }

    public synchronized ImportOutcome handle(IncomingOrder order) {
        Optional<ImportEntry> known = ledger.find(order.marketsyncId());
        StatusWords.Meaning meaning = statusWords.meaning(order.marketId(), order.status());
        if (meaning == StatusWords.Meaning.CANCELLED) {
            try {
                return cancel(order, known.orElse(null));
            } catch (StoreException e) {
                if (worthRetrying(e)) {
                    throw e;
                }
                return ImportOutcome.dead(order.marketsyncId(), List.of("the store refused its cancellation: "
                        + e.getMessage()));
            }
        }
        if (known.isPresent() && known.get().state() == ImportState.ORDERED) {
            long orderId = known.get().orderId();
            return paid(order, orderId, lookups.currentState(orderId), ImportOutcome.Kind.UNCHANGED);
        }
        if (known.isPresent() && known.get().state().settled()) {
            return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.UNCHANGED, known.get().orderId());
        }
        if (known.isEmpty() && meaning == StatusWords.Meaning.UNPAID) {
            return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.WAITING, 0);
        }
        if (known.isPresent() && known.get().state() == ImportState.CART_CREATED) {
            Optional<Long> existing = lookups.orderOfCart(known.get().cartId());
            if (existing.isPresent()) {
                ledger.ordered(order.marketsyncId(), existing.get());
                return paid(order, existing.get(), lookups.currentState(existing.get()),
                        ImportOutcome.Kind.CREATED);
            }
        }
        StoreDirectory shop = directory.get();
        StoreOrderPlanner.Outcome outcome = planner.plan(order, shop, catalogue::find);
        if (!outcome.planned()) {
            ledger.settle(order, ImportState.DEAD);
            return ImportOutcome.dead(order.marketsyncId(), outcome.problems());
        }
        StoreOrderPlan plan = outcome.plan();
        if (plan.nothingForTheStore()) {
            ledger.settle(order, ImportState.MARKETPLACE_FULFILLED);
            return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.UNCHANGED, 0);
        }
        ImportEntry entry = known.isPresent() && known.get().state() != ImportState.DEAD ? known.get()
                : ledger.register(order);
        JsonNode created;
        try {
            created = create(order, plan, entry);
        } catch (StoreException e) {
            if (worthRetrying(e)) {
                throw e;
            }
            ledger.state(order.marketsyncId(), ImportState.DEAD);
            return ImportOutcome.dead(order.marketsyncId(), List.of("the store refused it: " + e.getMessage()));
        }
        return paid(order, created.path("id").asLong(), created.path("current_state").asLong(),
                ImportOutcome.Kind.CREATED);
    }

    /**
     * The store order exists (the ledger says so): one PrestaShop started in "Payment error" (its price is not the
     * marketplace's) moves to the paid state, which takes its stock out; only then is it recorded as imported for
     * the stock cut-off. A refusal leaves the order as it is in the ledger, so that a replay only tries this again.
     */
    private ImportOutcome paid(IncomingOrder order, long orderId, long currentState, ImportOutcome.Kind kind) {
        StoreDirectory shop = directory.get();
        try {
            if (currentState == shop.paymentErrorStateId()) {
                store.write("POST", "order_histories", StoreOrderXml.stateChange(orderId, shop.paidStateId()),
                        Map.of());
            }
        } catch (StoreException e) {
            if (worthRetrying(e)) {
                throw e;
            }
            return ImportOutcome.dead(order.marketsyncId(), List.of("store order " + orderId
                    + " is in Payment error and the store refused to move it to the paid state: " + e.getMessage()));
        }
        cutoff.imported(order.marketsyncId(), orderId);
        return ImportOutcome.of(order.marketsyncId(), kind, orderId);
    }

    /** Writes what is missing up to the order; returns the order as the store created it. */
    private JsonNode create(IncomingOrder order, StoreOrderPlan plan, ImportEntry entry) {
        long id = order.marketsyncId();
        long customerId = entry.customerId();
        if (customerId == 0) {
            customerId = lookups.customerByEmail(plan.customer().email()).orElseGet(() -> created("customers",
                    "customer", StoreOrderXml.customer(plan.customer(), password())).path("id").asLong());
            ledger.customer(id, customerId);
        }
        long addressId = entry.addressId();
        if (addressId == 0) {
            long owner = customerId;
            addressId = lookups.addressByAlias(owner, plan.address().alias()).orElseGet(() -> created("addresses",
                    "address", StoreOrderXml.address(plan.address(), owner)).path("id").asLong());
            ledger.address(id, addressId);
        }
        long cartId = entry.state() == ImportState.CART_CREATED ? entry.cartId() : 0;
        if (cartId == 0) {
            String secureKey = lookups.secureKey(customerId);
            cartId = created("carts", "cart", StoreOrderXml.cart(plan, customerId, addressId, secureKey)).path("id")
                    .asLong();
            ledger.cartCreated(id, cartId);
        }
        JsonNode created = created("orders", "order", StoreOrderXml.order(plan, customerId, addressId, cartId));
        ledger.ordered(id, created.path("id").asLong());
        return created;
    }


    private ImportOutcome cancel(IncomingOrder order, ImportEntry entry) {
        long id = order.marketsyncId();
        cutoff.cancelled(id);
        if (entry == null) {
            ledger.settle(order, ImportState.CANCELLED);
            return ImportOutcome.of(id, ImportOutcome.Kind.CANCELLED, 0);
        }
        long orderId = switch (entry.state()) {
            case ORDERED -> entry.orderId();
            case CART_CREATED -> lookups.orderOfCart(entry.cartId()).orElse(0L);
            default -> 0L;
        };
        if (entry.state() == ImportState.CANCELLED || entry.state() == ImportState.MARKETPLACE_FULFILLED) {
            return ImportOutcome.of(id, ImportOutcome.Kind.UNCHANGED, entry.orderId());
        }
        if (orderId == 0) {
            ledger.state(id, ImportState.CANCELLED);
            return ImportOutcome.of(id, ImportOutcome.Kind.CANCELLED, 0);
        }
        if (entry.state() != ImportState.ORDERED) {
            ledger.ordered(id, orderId);
        }
        long cancelled = directory.get().cancelledStateId();
        if (lookups.currentState(orderId) != cancelled) {
            store.write("POST", "order_histories", StoreOrderXml.stateChange(orderId, cancelled), Map.of());
        }
        ledger.state(id, ImportState.CANCELLED);
        return ImportOutcome.of(id, ImportOutcome.Kind.CANCELLED, orderId);
    }

    /**
     * A 5xx, timeout or 429, except the HTTP 500 with a bare text with which PrestaShop ends the script when it gives
     * up on an order ({@code Order creation failed}, {@code Fatal error}…): the same request fails the same way.
     */
    static boolean worthRetrying(StoreException e) {
        return e.isTransient() && !(e.status() == 500 && PRESTASHOP_GIVES_UP.stream()
                .anyMatch(text -> e.getMessage().contains(text)));
    }

    /** The entity the store created, as its answer shows it. */
    private JsonNode created(String resource, String singular, String xml) {
        JsonNode entity = store.write("POST", resource, xml, Map.of()).path(singular);
        if (entity.path("id").asLong() <= 0) {
            throw new StoreException(0, "the store created a " + singular + " but its answer names no id");
        }
        return entity;
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
