package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.model.Guide;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.store.OrderQuery.DateFilter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seller's orders in id order, their shipping guides, the account's one stock cut-off date (POST stock
 * {@code update_stock}) and the units deducted per seller SKU under it ({@link StockDeduction}), kept current as
 * orders arrive and change.
 */
public final class OrderBook {

    static final long FIRST_ORDER_ID = 135_001;
    private static final long FIRST_LINE_ID = 15_001;
    private static final long FIRST_GUIDE_ID = 1_201;

    private final StockDeduction deduction;
    private final Map<String, Order> byReferencia = new LinkedHashMap<>();
    private final Map<Long, String> referenciaById = new HashMap<>();
    private final Map<Long, Guide> guides = new HashMap<>();
    private final Map<String, Integer> deducted = new ConcurrentHashMap<>();
    private long nextOrderId = FIRST_ORDER_ID;
    private long nextLineId = FIRST_LINE_ID;
    private long nextGuideId = FIRST_GUIDE_ID;
    private LocalDateTime stockCutoff;
    private volatile DateFilter dateFilter = DateFilter.ORDER_DATE;

    public OrderBook(StockDeduction deduction) {
        this.deduction = deduction;
    }

    public synchronized long newOrderId() {
        return nextOrderId++;
    }

    public synchronized long newLineId() {
        return nextLineId++;
    }

    public synchronized boolean contains(String referencia) {
        return byReferencia.containsKey(referencia);
    }

    public synchronized void add(Order order) {
        if (byReferencia.putIfAbsent(order.referencia(), order) != null) {
            throw new IllegalStateException("order " + order.referencia() + " exists");
        }
        referenciaById.put(order.id(), order.referencia());
        count(order, 1);
    }

    /** Stores the changed order (same referencia) and moves the deducted units accordingly. */
    public synchronized void replace(Order order) {
        Order before = byReferencia.put(order.referencia(), order);
        if (before == null) {
            throw new IllegalStateException("no order " + order.referencia() + " to replace");
        }
        count(before, -1);
        count(order, 1);
    }

    public synchronized Optional<Order> byReferencia(String referencia) {
        return Optional.ofNullable(byReferencia.get(referencia));
    }

    public synchronized Optional<Order> byId(long id) {
        return Optional.ofNullable(referenciaById.get(id)).map(byReferencia::get);
    }

    public synchronized List<Order> query(OrderQuery query) {
        return byReferencia.values().stream().filter(query::matches).skip(query.offset()).limit(query.limit())
                .toList();
    }

    public synchronized int size() {
        return byReferencia.size();
    }

    /** Units of a seller SKU MarketSync deducts from the stock it was sent. */
    public int deducted(String variationSku) {
        return deducted.getOrDefault(variationSku, 0);
    }

    public synchronized Optional<LocalDateTime> stockCutoff() {
        return Optional.ofNullable(stockCutoff);
    }

    public synchronized void setStockCutoff(LocalDateTime cutoff) {
        stockCutoff = cutoff;
        deducted.clear();
        byReferencia.values().forEach(order -> count(order, 1));
    }

    /** Which date GET pedidos' {@code after} and {@code before} compare. */
    public DateFilter dateFilter() {
        return dateFilter;
    }

    public void dateFilter(DateFilter filter) {
        dateFilter = filter;
    }

    public synchronized Optional<Guide> guide(long orderId) {
        return Optional.ofNullable(guides.get(orderId));
    }

    /** Every guide, in id order. */
    public synchronized List<Guide> guides() {
        return guides.values().stream().sorted(java.util.Comparator.comparingLong(Guide::id)).toList();
    }

    public synchronized long newGuideId() {
        return nextGuideId++;
    }

    public synchronized void putGuide(Guide guide) {
        guides.put(guide.orderId(), guide);
    }

    public synchronized void clear() {
        byReferencia.clear();
        referenciaById.clear();
        guides.clear();
        deducted.clear();
        stockCutoff = null;
        nextOrderId = FIRST_ORDER_ID;
        nextLineId = FIRST_LINE_ID;
        nextGuideId = FIRST_GUIDE_ID;
    }

    public synchronized List<Order> all() {
        return new ArrayList<>(byReferencia.values());
    }

    private void count(Order order, int sign) {
        deduction.units(order, stockCutoff).forEach((sku, units) -> deducted.merge(sku, sign * units, Integer::sum));
    }
}
