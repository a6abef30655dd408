package io.cloudsync.hub.crash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded burst of marketplace orders for the sandbox MarketSync's lever ({@code POST /_sandbox/marketplace/orders}):
 * all six markets, one to three lines of distinct SKUs, 1–3 units each, and now and then a later line the marketplace
 * ships itself ({@code fulfillment}). The first line is always the seller's, so every order has something for the
 * store. Walmart orders arrive waiting for acceptance; the test accepts them ({@link #ACCEPTED}) right after.
 */
record OrderBurst(List<Sale> sales) {

    static final int WALMART = 5;
    /** Walmart's word once the seller accepted the order: no longer waiting, a sale the store gets. */
    static final String ACCEPTED = "RECEIVED";
    /** Claro, Linio, Mercado Libre, Amazon, E-Commerce (sales on arrival) and Walmart (accepted after arrival). */
    private static final int[] MARKETS = {1, 1, 2, 2, 4, 4, 4, 4, 4, 4, 6, 6, 6, 6, 6, 8, 8, 8, WALMART, WALMART};

    record Line(String sku, int units, boolean fulfillment, double price) {
        Map<String, Object> body() {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", sku);
            line.put("cantidad", units);
            line.put("fulfillment", fulfillment);
            line.put("precio", price);
            return line;
        }
    }

    record Sale(int marketId, List<Line> lines) {
        Map<String, Object> body() {
            return Map.of("market_id", marketId, "lines", lines.stream().map(Line::body).toList());
        }
    }

    /**
     * @param prices the unit price of each SKU on each market ({@code sku -> market -> price}); its keys are the SKUs
     *               sold
     */
    static OrderBurst of(int orders, Map<String, Map<Integer, Double>> prices, long seed) {
        Random random = new Random(seed);
        List<String> skus = new ArrayList<>(prices.keySet());
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            int market = MARKETS[random.nextInt(MARKETS.length)];
            int lineCount = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
            Collections.shuffle(skus, random);
            List<Line> lines = new ArrayList<>();
            for (int l = 0; l < lineCount; l++) {
                String sku = skus.get(l);
                boolean fulfillment = l > 0 && random.nextInt(4) == 0;
                lines.add(new Line(sku, 1 + random.nextInt(3), fulfillment,
                        prices.get(sku).getOrDefault(market, 100.0)));
            }
            sales.add(new Sale(market, List.copyOf(lines)));
        }
        return new OrderBurst(List.copyOf(sales));
    }

    /** Units per SKU the store must lose: every line the seller ships (not the marketplace's fulfillment lines). */
    Map<String, Integer> unitsFromTheStore() {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Sale sale : sales) {
            for (Line line : sale.lines()) {
                if (!line.fulfillment()) {
                    units.merge(line.sku(), line.units(), Integer::sum);
                }
            }
        }
        return units;
    }

    long count(java.util.function.Predicate<Sale> which) {
        return sales.stream().filter(which).count();
    }
}
