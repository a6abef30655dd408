package io.cloudsync.hub.testing;

import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sales figures computed straight from the sandbox's orders, without the hub: what its reports must equal. An
 * order is a sale unless its state is cancelled, refunded or a payment error; it counts on its shop-local day
 * with the amount paid, tax included.
 */
public final class ExpectedSales {

    /** Order states that are not sales: cancelled (6), refunded (7), payment error (8). */
    public static final Set<Integer> NOT_SALES = Set.of(6, 7, 8);

    /** One period's orders and total. */
    public record Figures(long orders, BigDecimal total) {
    }

    /** One product's units sold and sales (unit price tax included × quantity), unrounded. */
    public record ProductFigures(long units, BigDecimal sales) {
    }

    private ExpectedSales() {
    }

    public static List<Order> sales(List<Order> orders) {
        return orders.stream().filter(o -> !NOT_SALES.contains(o.currentState())).toList();
    }

    /** Every period from {@code from} to {@code to} (empty ones too), keyed by its first day. */
    public static Map<LocalDate, Figures> byPeriod(List<Order> orders, String groupBy, LocalDate from, LocalDate to) {
        Function<LocalDate, LocalDate> period = switch (groupBy) {
            case "week" -> d -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case "month" -> d -> LocalDate.of(d.getYear(), d.getMonth(), 1);
            default -> d -> d;
        };
        Map<LocalDate, Figures> figures = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            figures.put(period.apply(d), new Figures(0, BigDecimal.ZERO));
        }
        for (Order order : sales(orders)) {
            LocalDate day = day(order);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            figures.compute(period.apply(day), (k, f) -> new Figures(f.orders() + 1,
                    f.total().add(Micros.toDecimal(order.totals().paidTaxIncl()))));
        }
        return figures;
    }

    /** Per product id, what the sales placed from {@code from} to {@code to} (shop days, both included) sold. */
    public static Map<Long, ProductFigures> byProduct(List<Order> orders, LocalDate from, LocalDate to) {
        Map<Long, ProductFigures> figures = new HashMap<>();
        for (Order order : sales(orders)) {
            LocalDate day = day(order);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            for (OrderRow row : order.rows()) {
                BigDecimal amount = Micros.toDecimal(row.unitPriceTaxInclMicros())
                        .multiply(BigDecimal.valueOf(row.quantity()));
                figures.merge((long) row.productId(), new ProductFigures(row.quantity(), amount),
                        (a, b) -> new ProductFigures(a.units() + b.units(), a.sales().add(b.sales())));
            }
        }
        return figures;
    }

    /** The order's day in the shop's time zone. */
    public static LocalDate day(Order order) {
        return ShopTime.toLocal(order.dateAdd()).toLocalDate();
    }
}
