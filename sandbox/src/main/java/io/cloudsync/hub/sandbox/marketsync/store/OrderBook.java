package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seller's orders, in id order, and the units sold per seller SKU since the stock cut-off date (POST stock
 * {@code update_stock}): what MarketSync deducts from the stock to get the theoretical stock ({@code teorico}).
 */
public final class OrderBook {

    static final long FIRST_ORDER_ID = 135_001;

    private final Map<String, Order> byReferencia = new LinkedHashMap<>();
    private final Map<String, Integer> soldSinceCutoff = new ConcurrentHashMap<>();
    private long nextOrderId = FIRST_ORDER_ID;
    private long nextLineId = 15_001;
    private LocalDateTime stockCutoff;

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
        countSold(order);
    }

    public synchronized void replace(Order order) {
        byReferencia.put(order.referencia(), order);
    }

    public synchronized Optional<Order> byReferencia(String referencia) {
        return Optional.ofNullable(byReferencia.get(referencia));
    }

    public synchronized List<Order> query(OrderQuery query) {
        return byReferencia.values().stream().filter(query::matches).skip(query.offset()).limit(query.limit())
                .toList();
    }

    public synchronized int size() {
        return byReferencia.size();
    }

    public int sold(String variationSku) {
        return soldSinceCutoff.getOrDefault(variationSku, 0);
    }

    public synchronized Optional<LocalDateTime> stockCutoff() {
        return Optional.ofNullable(stockCutoff);
    }

    public synchronized void setStockCutoff(LocalDateTime cutoff) {
        stockCutoff = cutoff;
        soldSinceCutoff.clear();
        byReferencia.values().forEach(this::countSold);
    }

    public synchronized void clear() {
        byReferencia.clear();
        soldSinceCutoff.clear();
        stockCutoff = null;
        nextOrderId = FIRST_ORDER_ID;
        nextLineId = 15_001;
    }

    public synchronized List<Order> all() {
        return new ArrayList<>(byReferencia.values());
    }

    private void countSold(Order order) {
        if (stockCutoff != null && order.fechaPedido().isBefore(stockCutoff)) {
            return;
        }
        for (OrderLine line : order.items()) {
            soldSinceCutoff.merge(line.sku(), line.cantidad(), Integer::sum);
        }
    }
}
