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
 * alias first), cart, order; or cancels the store order it made. The import ledger is written before each write,
 * and an order is looked up by its cart before it is created, so a crash at any point ({@code kill -9} included)
 * never makes a second order. A refusal of the store (a 4xx that retrying cannot change) makes the order dead; a
 * failure worth retrying (5xx, timeout, 429) is thrown to the caller, whose retries find the ledger where it was.
 */
public final class StoreOrderWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreClient store;
    private final ImportLedger ledger;
    private final StoreOrderPlanner planner;
    private final Supplier<StoreDirectory> directory;
    private final MirrorCatalogue catalogue;
    private final StatusWords statusWords;

    public StoreOrderWriter(StoreClient store, ImportLedger ledger, ImportSettings settings,
                            Supplier<StoreDirectory> directory, MirrorCatalogue catalogue) {
        this.store = store;
        this.ledger = ledger;
        this.planner = new StoreOrderPlanner(settings);
        this.directory = directory;
        this.catalogue = catalogue;
        this.statusWords = settings.statusWords();
    }

    public synchronized ImportOutcome handle(IncomingOrder order) {
        Optional<ImportEntry> known = ledger.find(order.marketsyncId());
        StatusWords.Meaning meaning = statusWords.meaning(order.status());
        if (meaning == StatusWords.Meaning.CANCELLED) {
            try {
                return cancel(order, known.orElse(null));
            } catch (StoreException e) {
                if (e.isTransient()) {
                    throw e;
                }
                return ImportOutcome.dead(order.marketsyncId(), List.of("the store refused its cancellation: "
                        + e.getMessage()));
            }
        }
        if (known.isPresent() && known.get().state().settled()) {
            return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.UNCHANGED, known.get().orderId());
        }
        if (known.isEmpty() && meaning == StatusWords.Meaning.UNPAID) {
            return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.WAITING, 0);
        }
        if (known.isPresent() && known.get().state() == ImportState.CART_CREATED) {
            Optional<Long> existing = orderOfCart(known.get().cartId());
            if (existing.isPresent()) {
                ledger.ordered(order.marketsyncId(), existing.get());
                return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.CREATED, existing.get());
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
                : ledger.register(order, plan.units());
        try {
            List<String> gone = entry.state() == ImportState.CART_CREATED ? List.of() : productsGone(plan);
            if (!gone.isEmpty()) {
                ledger.state(order.marketsyncId(), ImportState.DEAD);
                return ImportOutcome.dead(order.marketsyncId(), gone);
            }
            return ImportOutcome.of(order.marketsyncId(), ImportOutcome.Kind.CREATED, create(order, plan, entry));
        } catch (StoreException e) {
            if (e.isTransient()) {
                throw e;
            }
            ledger.state(order.marketsyncId(), ImportState.DEAD);
            return ImportOutcome.dead(order.marketsyncId(), List.of("the store refused it: " + e.getMessage()));
        }
    }

    private long create(IncomingOrder order, StoreOrderPlan plan, ImportEntry entry) {
        long id = order.marketsyncId();
        long customerId = entry.customerId();
        if (customerId == 0) {
            customerId = customerByEmail(plan.customer().email()).orElseGet(() -> created("customers", "customer",
                    StoreOrderXml.customer(plan.customer(), password())));
            ledger.customer(id, customerId);
        }
        long addressId = entry.addressId();
        if (addressId == 0) {
            long owner = customerId;
            addressId = addressByAlias(owner, plan.address().alias()).orElseGet(() -> created("addresses", "address",
                    StoreOrderXml.address(plan.address(), owner)));
            ledger.address(id, addressId);
        }
        long cartId = entry.state() == ImportState.CART_CREATED ? entry.cartId() : 0;
        if (cartId == 0) {
            cartId = created("carts", "cart", StoreOrderXml.cart(plan, customerId, addressId, secureKeyOf(customerId)));
            ledger.cartCreated(id, cartId);
        }
        long orderId = created("orders", "order", StoreOrderXml.order(plan, customerId, addressId, cartId));
        ledger.ordered(id, orderId);
        return orderId;
    }

    private ImportOutcome cancel(IncomingOrder order, ImportEntry entry) {
        long id = order.marketsyncId();
        if (entry == null) {
            ledger.settle(order, ImportState.CANCELLED);
            return ImportOutcome.of(id, ImportOutcome.Kind.CANCELLED, 0);
        }
        long orderId = switch (entry.state()) {
            case ORDERED -> entry.orderId();
            case CART_CREATED -> orderOfCart(entry.cartId()).orElse(0L);
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
        JsonNode current = store.get("orders/" + orderId, Map.of("display", "[id,current_state]"));
        if (current.path("order").path("current_state").asLong() != cancelled) {
            store.write("POST", "order_histories", StoreOrderXml.stateChange(orderId, cancelled), Map.of());
        }
        ledger.state(id, ImportState.CANCELLED);
        return ImportOutcome.of(id, ImportOutcome.Kind.CANCELLED, orderId);
    }

    /** The order PrestaShop made from this cart, if any: a cart becomes an order only once. */
    private Optional<Long> orderOfCart(long cartId) {
        return firstId(store.get("orders", Map.of("filter[id_cart]", "[" + cartId + "]", "display", "[id]")),
                "orders");
    }

    /**
     * The lines whose product the store no longer has (deleted since the mirror last read it), each a reason. The
     * store would take their cart but fail the order with a bare HTTP 500 ("Order creation failed"), which looks
     * like a failure worth retrying: asked first, it is a refusal with its reason.
     */
    private List<String> productsGone(StoreOrderPlan plan) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        plan.lines().forEach(line -> ids.add(line.variant().productId()));
        JsonNode found = store.get("products", Map.of("filter[id]", "[" + ids.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("|")) + "]", "display", "[id]"));
        java.util.Set<Long> present = new java.util.HashSet<>();
        found.path("products").forEach(product -> present.add(product.path("id").asLong()));
        return plan.lines().stream().filter(line -> !present.contains(line.variant().productId()))
                .map(line -> "the store refused it: SKU " + line.sku() + " is product " + line.variant().productId()
                        + ", which does not exist in the store any more").toList();
    }

    /** The customer's secure key, which the cart must carry (read when needed, never stored or logged). */
    private String secureKeyOf(long customerId) {
        return store.get("customers/" + customerId, Map.of("display", "[id,secure_key]")).path("customer")
                .path("secure_key").asText("");
    }

    private Optional<Long> customerByEmail(String email) {
        return firstId(store.get("customers", Map.of("filter[email]", "[" + email + "]", "display", "[id]")),
                "customers");
    }

    private Optional<Long> addressByAlias(long customerId, String alias) {
        return firstId(store.get("addresses", Map.of("filter[id_customer]", "[" + customerId + "]",
                "filter[alias]", "[" + alias + "]", "display", "[id]")), "addresses");
    }

    private static Optional<Long> firstId(JsonNode list, String plural) {
        for (JsonNode row : list.path(plural)) {
            long id = row.path("id").asLong();
            if (id > 0) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private long created(String resource, String singular, String xml) {
        JsonNode answer = store.write("POST", resource, xml, Map.of());
        long id = answer.path(singular).path("id").asLong();
        if (id <= 0) {
            throw new StoreException(0, "the store created a " + singular + " but its answer names no id");
        }
        return id;
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
