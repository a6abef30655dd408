package io.cloudsync.hub.sandbox.marketsync.activity;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.store.OrderBook;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Builds a marketplace order as MarketSync registers it: the market's own order number ({@code referencia}), its
 * first status word, the e-mail the market gives (often none or a placeholder), a Mexican address, amounts from the
 * lines (16 % VAT included, a 15 % commission), and an order date up to {@code lagSeconds} before MarketSync
 * registered it (marketplaces are polled: orders arrive late).
 */
final class OrderFactory {

    private final OrderBook orders;

    OrderFactory(OrderBook orders) {
        this.orders = orders;
    }

    /** A new order, numbered and stored; {@code lines} carry no ids yet. */
    Order register(Market market, List<OrderLine> lines, LocalDateTime registeredAt, int lagSeconds, Random random) {
        long id = orders.newOrderId();
        LocalDateTime ordered = registeredAt.minusSeconds(lagSeconds <= 0 ? 0 : random.nextInt(lagSeconds + 1));
        LocalDateTime paid = ordered.plusSeconds(random.nextInt(61));
        if (paid.isAfter(registeredAt)) {
            paid = registeredAt;
        }
        long total = lines.stream().mapToLong(l -> l.precio() * l.cantidad()).sum();
        String estatus = market.statuses().initial();
        String referencia = referencia(market, id, random);
        Order order = new Order(id, market.id(), market.market(), referencia, ordered, paid, registeredAt,
                Math.round(total / 1.16), total, 0, Math.round(total * 0.15), email(market, referencia, random),
                ShippingData.draw(random), estatus, "", "", "", shippingId(market, id, random), registeredAt,
                lines.stream().map(l -> l.numbered(orders.newLineId())).toList(),
                List.of(new StatusChange(registeredAt, estatus, "", StatusChange.MARKETPLACE)));
        orders.add(order);
        return order;
    }

    /** The order number the marketplace would give, unique through the order id it embeds. */
    private static String referencia(Market market, long id, Random random) {
        int noise = random.nextInt(10_000);
        return switch (market.market()) {
            case "Amazon" -> String.format("70%d-%07d-%07d", 1 + random.nextInt(9), id, noise * 100 + 7);
            case "Mercado" -> String.format("2000%08d%04d", id, noise);
            case "Walmart" -> String.format("P%09d", id * 10 + noise % 10);
            case "E-Commerce" -> String.format("#%d", id);
            default -> String.format("%d%04d", id, noise);
        };
    }

    private static String email(Market market, String referencia, Random random) {
        return switch (market.market()) {
            case "Mercado", "Walmart" -> "";
            case "Amazon" -> Long.toString(Math.abs(referencia.hashCode()) % 1_000_000_000L, 36)
                    + "@marketplace.amazon.com.mx";
            case "E-Commerce" -> "cliente" + random.nextInt(100_000) + "@correo.example.mx";
            default -> "none@" + java.net.URI.create(market.urlSitio()).getHost().replaceFirst("^www\\.", "");
        };
    }

    private static String shippingId(Market market, long id, Random random) {
        return market.market().equals("Mercado") ? String.format("4%010d", id * 7 + random.nextInt(7)) : "";
    }
}
