package io.cloudsync.hub.reports;

import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderStatus;
import io.cloudsync.hub.model.OrderTotals;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Canonical orders for report tests, written the way the order ingest writes them (mirror page + report rows). */
final class ReportFixtures {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final OrderStatus PAID = new OrderStatus(2, "Payment accepted", true, false, false, false, false, false);
    static final OrderStatus AWAITING_WIRE = new OrderStatus(10, "Awaiting bank wire", false, false, false, false,
            false, false);
    static final OrderStatus CANCELLED = new OrderStatus(6, "Canceled", false, false, false, true, false, false);
    static final OrderStatus REFUNDED = new OrderStatus(7, "Refunded", true, false, false, false, true, false);
    static final OrderStatus ERROR = new OrderStatus(8, "Payment error", false, false, false, false, false, true);

    private final MirrorRepository mirror;
    private final ReportRepository reports;
    private final List<Order> pending = new ArrayList<>();
    private long nextId = 1;

    ReportFixtures(MirrorRepository mirror, ReportRepository reports) {
        this.mirror = mirror;
        this.reports = reports;
    }

    /** An order of one customer, placed at a shop-local time in Madrid, paying {@code paid} tax included. */
    ReportFixtures order(long customer, String placedLocal, OrderStatus state, String paid, OrderLine... lines) {
        return order(customer, placedLocal, state, paid, "ps_checkout", "Checkout", lines);
    }

    /** The same, paid with a given payment module and payment text (a marketplace order: module marketsync). */
    ReportFixtures order(long customer, String placedLocal, OrderStatus state, String paid, String module,
                         String payment, OrderLine... lines) {
        LocalDateTime local = LocalDateTime.parse(placedLocal);
        BigDecimal total = new BigDecimal(paid);
        BigDecimal excl = total.divide(new BigDecimal("1.21"), 2, java.math.RoundingMode.HALF_UP);
        pending.add(new Order(nextId++, "REF" + nextId, customer, nextId, "EUR", BigDecimal.ONE, module,
                payment, true, state, local, ReportRange.earliest(local, MADRID),
                new OrderTotals(total, excl, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, total,
                        excl, total), List.of(lines)));
        return this;
    }

    static OrderLine line(long product, int quantity, String unitTaxIncl) {
        BigDecimal incl = new BigDecimal(unitTaxIncl);
        return OrderLine.of(product * 100 + quantity, product, 0, "SKU-" + product, "Product " + product, quantity,
                incl, incl.divide(new BigDecimal("1.21"), 6, java.math.RoundingMode.HALF_UP));
    }

    /** Writes the orders given so far as one mirror page with their report rows. */
    List<Order> write() {
        List<MirrorUpsert> upserts = new ArrayList<>();
        Map<String, ReportOrder> rows = new LinkedHashMap<>();
        for (Order order : pending) {
            try {
                upserts.add(MirrorUpsert.of(Long.toString(order.id()), order.reference(),
                        CanonicalJson.mapper().writeValueAsString(order)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            rows.put(Long.toString(order.id()), ReportRows.of(order));
        }
        mirror.writePage("orders", "orders", upserts, List.of(), reports.alongside(rows));
        List<Order> written = List.copyOf(pending);
        pending.clear();
        return written;
    }
}
