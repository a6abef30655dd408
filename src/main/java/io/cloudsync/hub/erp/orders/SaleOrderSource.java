package io.cloudsync.hub.erp.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Bean {@code erpSaleOrders} ({@code routes/erp-tryton-orders.camel.yaml}): what each order of a change set asks of
 * Tryton, read from the mirror. A store order the hub imported from a marketplace (import ledger) shares its
 * marketplace order's sale reference, so the two sinks make one sale of one purchase; a sale or cancellation the
 * sale ledger has done already is nothing to do. The buyer of a store order is read from the store only when a
 * sale is to be made.
 */
public final class SaleOrderSource {

    public static final String STORE_SINK = "erp-tryton-orders";
    public static final String MARKETPLACE_SINK = "erp-tryton-marketplace-orders";
    /** How the store import signs the payment of an order it made ({@code <market> <reference> (MarketSync)}). */
    static final String IMPORT_PAYMENT_SUFFIX = " (MarketSync)";

    private final MirrorRepository mirror;
    private final ObjectMapper json;
    private final ImportedPurchases imports;
    private final Function<Order, Buyer> buyers;
    private final SaleLedger ledger;
    private final ErpOrderSettings settings;
    private final TrytonMapping mapping;

    public SaleOrderSource(MirrorRepository mirror, ObjectMapper json, ImportedPurchases imports,
                           Function<Order, Buyer> buyers, SaleLedger ledger, ErpOrderSettings settings) {
        this(mirror, json, imports, buyers, ledger, settings, TrytonMapping.standard());
    }

    /** @param mapping the sale fields the mapping file adds, read from the store order or the marketplace order */
    public SaleOrderSource(MirrorRepository mirror, ObjectMapper json, ImportedPurchases imports,
                           Function<Order, Buyer> buyers, SaleLedger ledger, ErpOrderSettings settings,
                           TrytonMapping mapping) {
        this.mapping = mapping;
        this.mirror = mirror;
        this.json = json;
        this.imports = imports;
        this.buyers = buyers;
        this.ledger = ledger;
        this.settings = settings;
    }

    /** The change set a sink hands over, or one a replayed dead letter carries as JSON. */
    public ChangeSet changeSet(Object body) throws JsonProcessingException {
        return ChangeSet.of(body, json, null);
    }

    /** The sink of a change set's entity: its dead letters and idempotency keys are named after it. */
    public String sink(ChangeSet set) {
        return switch (set.entity()) {
            case Order.ENTITY -> STORE_SINK;
            case MarketplaceOrder.ENTITY -> MARKETPLACE_SINK;
            default -> throw new IllegalArgumentException("the ERP order sinks take store orders and marketplace"
                    + " orders, not " + set.entity());
        };
    }

    /** One change set per order: each order succeeds, or is a dead letter, on its own. */
    public List<ChangeSet> each(ChangeSet set) {
        return set.storeIds().stream().map(id -> new ChangeSet(0, set.entity(), List.of(id))).toList();
    }

    /** The dead letter's key of a one-order change set. */
    public String key(ChangeSet single) {
        long id = Long.parseLong(single.storeIds().get(0).trim());
        return Order.ENTITY.equals(single.entity()) ? SaleOrderMapping.storeKey(id)
                : SaleOrderMapping.marketplaceKey(id);
    }

    /** What the order of a one-order change set asks of Tryton now. */
    public SaleOrder plan(ChangeSet single) throws JsonProcessingException {
        String storeId = single.storeIds().get(0).trim();
        String key = key(single);
        Optional<MirrorRecord> record = mirror.find(single.entity(), storeId).filter(r -> !r.deleted());
        if (record.isEmpty()) {
            return SaleOrder.none(key, "", "not in the mirror");
        }
        if (Order.ENTITY.equals(single.entity())) {
            Order order = json.readValue(record.get().payload(), Order.class);
            String reference = reference(order);
            SaleOrder planned = afterLedger(SaleOrderMapping.fromStoreOrder(order, reference, null));
            return planned.isSale() ? SaleOrderMapping.fromStoreOrder(order, reference, buyers.apply(order))
                    .withFields(mapping.saleValues(order)) : planned;
        }
        MarketplaceOrder order = json.readValue(record.get().payload(), MarketplaceOrder.class);
        SaleOrder planned = afterLedger(SaleOrderMapping.fromMarketplaceOrder(order, settings.marketplaceCountry()));
        return planned.isSale() ? planned.withFields(mapping.saleValues(order)) : planned;
    }

    /**
     * A store order's sale reference: its marketplace order's when the hub imported it (the import ledger; the
     * payment text the import writes while the ledger does not show the order yet), else its own.
     */
    String reference(Order order) {
        Optional<ImportedPurchases.Purchase> imported = imports.ofStoreOrder(order.id());
        if (imported.isPresent()) {
            ImportedPurchases.Purchase purchase = imported.get();
            String market = mirror.find(MarketplaceOrder.ENTITY, Long.toString(purchase.marketSyncOrderId()))
                    .map(this::marketName).orElse("");
            return SaleOrderMapping.marketplaceReference(market, purchase.marketId(), purchase.referencia());
        }
        if (order.paymentModule().equals(settings.importPaymentModule())
                && order.payment().endsWith(IMPORT_PAYMENT_SUFFIX)) {
            return order.payment().substring(0, order.payment().length() - IMPORT_PAYMENT_SUFFIX.length()).strip();
        }
        return SaleOrderMapping.storeReference(order);
    }

    private String marketName(MirrorRecord record) {
        try {
            return json.readValue(record.payload(), MarketplaceOrder.class).market();
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** Nothing to do when the ledger says this sale is confirmed (for a sale) or cancelled already. */
    private SaleOrder afterLedger(SaleOrder order) {
        if (order.intent() == SaleIntent.NONE) {
            return order;
        }
        Optional<SaleLedger.Entry> entry = ledger.find(order.reference());
        if (entry.isEmpty()) {
            return order;
        }
        String sale = entry.get().saleId() > 0 ? "Tryton sale " + entry.get().saleId() : "no Tryton sale";
        return switch (entry.get().state()) {
            case CONFIRMED -> order.isSale() ? order.nothing(sale + " is confirmed already") : order;
            case CANCELLED -> order.nothing(sale + " was cancelled (" + entry.get().orderKey() + ")");
            default -> order;
        };
    }
}
