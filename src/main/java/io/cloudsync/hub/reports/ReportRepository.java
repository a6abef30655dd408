package io.cloudsync.hub.reports;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.mirror.MirrorChange;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.SyncAction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The report tables ({@code report_order}, {@code report_order_line}; migration V9): written with the orders'
 * mirror page ({@link #alongside}), read by the report services, pruned by the retention job.
 */
public final class ReportRepository {

    private static final String ORDER_COLUMNS = "order_id, reference, customer_id, state_id, paid, shipped, delivered,"
            + " cancelled, refunded, payment_error, counts_as_sale, placed_at, placed_local, placed_date, currency,"
            + " conversion_rate, products_tax_incl, products_tax_excl, shipping_tax_incl, shipping_tax_excl,"
            + " discounts_tax_incl, discounts_tax_excl, paid_tax_incl, paid_tax_excl, payment_module, payment,"
            + " updated_at";
    private static final String LINE_COLUMNS = "order_id, line_no, line_id, product_id, combination_id, sku, name,"
            + " quantity, total_tax_incl, total_tax_excl";
    private static final int MAX_NAME = 512;
    private static final int MAX_SKU = 128;
    private static final int MAX_MODULE = 64;
    private static final int MAX_PAYMENT = 255;

    private final DataSource dataSource;
    private final Clock clock;

    public ReportRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ReportRepository(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /**
     * What the orders' mirror page writes in its own transaction: the report rows of every order whose record
     * changed (from {@code rows}, by store id), and none for an order the mirror deleted.
     */
    public MirrorRepository.Alongside alongside(Map<String, ReportOrder> rows) {
        return (connection, changes) -> {
            List<String> removed = new ArrayList<>();
            List<ReportOrder> written = new ArrayList<>();
            for (MirrorChange change : changes) {
                removed.add(change.storeId());
                ReportOrder row = rows.get(change.storeId());
                if (change.action() != SyncAction.DELETE && row != null) {
                    written.add(row);
                }
            }
            delete(connection, removed);
            insert(connection, written);
        };
    }

    /** Writes the rows of these orders in a transaction of their own (replacing what the tables held for them). */
    public void write(Collection<ReportOrder> orders) {
        Jdbc.inTransaction(dataSource, "writing report rows", connection -> {
            delete(connection, orders.stream().map(order -> Long.toString(order.orderId())).toList());
            insert(connection, List.copyOf(orders));
            return null;
        });
    }

    private void insert(Connection connection, List<ReportOrder> orders) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        Instant now = Jdbc.now(clock);
        try (PreparedStatement order = connection.prepareStatement("INSERT INTO report_order (" + ORDER_COLUMNS
                + ") VALUES (" + Jdbc.placeholders(27) + ")");
             PreparedStatement line = connection.prepareStatement("INSERT INTO report_order_line (" + LINE_COLUMNS
                     + ") VALUES (" + Jdbc.placeholders(10) + ")")) {
            boolean lines = false;
            for (ReportOrder row : orders) {
                int i = 1;
                order.setLong(i++, row.orderId());
                order.setString(i++, row.reference());
                order.setLong(i++, row.customerId());
                order.setLong(i++, row.stateId());
                order.setBoolean(i++, row.paid());
                order.setBoolean(i++, row.shipped());
                order.setBoolean(i++, row.delivered());
                order.setBoolean(i++, row.cancelled());
                order.setBoolean(i++, row.refunded());
                order.setBoolean(i++, row.paymentError());
                order.setBoolean(i++, row.countsAsSale());
                Jdbc.setInstant(order, i++, row.placedAt());
                Jdbc.setLocal(order, i++, row.placedLocal());
                order.setObject(i++, row.placedDate());
                order.setString(i++, row.currency());
                order.setBigDecimal(i++, row.conversionRate());
                order.setBigDecimal(i++, row.productsTaxIncl());
                order.setBigDecimal(i++, row.productsTaxExcl());
                order.setBigDecimal(i++, row.shippingTaxIncl());
                order.setBigDecimal(i++, row.shippingTaxExcl());
                order.setBigDecimal(i++, row.discountsTaxIncl());
                order.setBigDecimal(i++, row.discountsTaxExcl());
                order.setBigDecimal(i++, row.paidTaxIncl());
                order.setBigDecimal(i++, row.paidTaxExcl());
                order.setString(i++, cut(row.paymentModule(), MAX_MODULE));
                order.setString(i++, cut(row.payment(), MAX_PAYMENT));
                Jdbc.setInstant(order, i, now);
                order.addBatch();
                int lineNo = 0;
                for (ReportOrder.Line item : row.lines()) {
                    line.setLong(1, row.orderId());
                    line.setInt(2, ++lineNo);
                    line.setLong(3, item.lineId());
                    line.setLong(4, item.productId());
                    line.setLong(5, item.combinationId());
                    line.setString(6, cut(item.sku(), MAX_SKU));
                    line.setString(7, cut(item.name(), MAX_NAME));
                    line.setInt(8, item.quantity());
                    line.setBigDecimal(9, item.totalTaxIncl());
                    line.setBigDecimal(10, item.totalTaxExcl());
                    line.addBatch();
                    lines = true;
                }
            }
            order.executeBatch();
            if (lines) {
                line.executeBatch();
            }
        }
    }

    private static void delete(Connection connection, Collection<String> orderIds) throws SQLException {
        for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(orderIds))) {
            for (String table : List.of("report_order_line", "report_order")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE order_id IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setLong(i + 1, Long.parseLong(chunk.get(i)));
                    }
                    delete.executeUpdate();
                }
            }
        }
    }

    /** Sales per shop-local day of the orders placed between two instants, both included; days without none absent. */
    public List<ReportAggregates.DaySales> salesByDay(Instant from, Instant to) {
        return Jdbc.read(dataSource, "reading sales by day", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT placed_date, COUNT(*),"
                    + " SUM(paid_tax_incl), SUM(paid_tax_excl) FROM report_order WHERE counts_as_sale = TRUE"
                    + " AND placed_at >= ? AND placed_at <= ? GROUP BY placed_date ORDER BY placed_date")) {
                Jdbc.setInstant(select, 1, from);
                Jdbc.setInstant(select, 2, to);
                List<ReportAggregates.DaySales> days = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new ReportAggregates.DaySales(rows.getObject(1, LocalDate.class), rows.getLong(2),
                                amount(rows.getBigDecimal(3)), amount(rows.getBigDecimal(4))));
                    }
                }
                return days;
            }
        });
    }

    /**
     * Sales of the orders placed between two instants (both included) per payment text of the orders paid with
     * {@code marketplaceModule} (one group per text), and of all other orders together (payment {@code null}).
     */
    public List<ReportAggregates.PaymentSales> salesByPayment(Instant from, Instant to, String marketplaceModule) {
        return Jdbc.read(dataSource, "reading sales by payment", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT channel_payment, COUNT(*),"
                    + " SUM(paid_tax_incl), SUM(paid_tax_excl) FROM (SELECT CASE WHEN payment_module = ? THEN"
                    + " COALESCE(payment, '') END AS channel_payment, paid_tax_incl, paid_tax_excl FROM report_order"
                    + " WHERE counts_as_sale = TRUE AND placed_at >= ? AND placed_at <= ?) sales"
                    + " GROUP BY channel_payment")) {
                select.setString(1, marketplaceModule);
                Jdbc.setInstant(select, 2, from);
                Jdbc.setInstant(select, 3, to);
                List<ReportAggregates.PaymentSales> sales = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sales.add(new ReportAggregates.PaymentSales(rows.getString(1), rows.getLong(2),
                                amount(rows.getBigDecimal(3)), amount(rows.getBigDecimal(4))));
                    }
                }
                return sales;
            }
        });
    }

    /**
     * Sales per product of the orders placed on the shop-local days {@code from..to} (both included); only the
     * given products when {@code productIds} is not empty.
     */
    public List<ReportAggregates.ProductSales> salesByProduct(LocalDate from, LocalDate to,
                                                              Collection<Long> productIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(productIds));
        if (ids.size() > Jdbc.IN_CHUNK) {
            throw new IllegalArgumentException("at most " + Jdbc.IN_CHUNK + " product ids at once");
        }
        return Jdbc.read(dataSource, "reading sales by product", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT l.product_id, SUM(l.quantity),"
                    + " SUM(l.total_tax_incl), SUM(l.total_tax_excl), COUNT(DISTINCT l.order_id), MAX(l.sku),"
                    + " MAX(l.name) FROM report_order_line l JOIN report_order o ON o.order_id = l.order_id"
                    + " WHERE o.counts_as_sale = TRUE AND o.placed_date >= ? AND o.placed_date <= ?"
                    + (ids.isEmpty() ? "" : " AND l.product_id IN (" + Jdbc.placeholders(ids.size()) + ")")
                    + " GROUP BY l.product_id")) {
                select.setObject(1, from);
                select.setObject(2, to);
                for (int i = 0; i < ids.size(); i++) {
                    select.setLong(i + 3, ids.get(i));
                }
                List<ReportAggregates.ProductSales> products = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        products.add(new ReportAggregates.ProductSales(rows.getLong(1), rows.getLong(2),
                                amount(rows.getBigDecimal(3)), amount(rows.getBigDecimal(4)), rows.getLong(5),
                                rows.getString(6), rows.getString(7)));
                    }
                }
                return products;
            }
        });
    }

    /** Every customer's sales: how many orders, how much, first and last shop-local order day. */
    public List<ReportAggregates.CustomerSales> salesByCustomer() {
        return Jdbc.read(dataSource, "reading sales by customer", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, COUNT(*),"
                    + " SUM(paid_tax_incl), MIN(placed_date), MAX(placed_date) FROM report_order"
                    + " WHERE counts_as_sale = TRUE GROUP BY customer_id ORDER BY customer_id")) {
                List<ReportAggregates.CustomerSales> customers = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        customers.add(new ReportAggregates.CustomerSales(rows.getLong(1), rows.getLong(2),
                                amount(rows.getBigDecimal(3)), rows.getObject(4, LocalDate.class),
                                rows.getObject(5, LocalDate.class)));
                    }
                }
                return customers;
            }
        });
    }

    /** How many orders the report tables hold. */
    public long countOrders() {
        return Jdbc.read(dataSource, "counting report orders",
                connection -> Jdbc.count(connection, "SELECT COUNT(*) FROM report_order"));
    }

    /**
     * Retention: removes the report rows and the mirror records ({@code mirrorEntity}) of every order placed
     * (shop-local) before {@code before}, in one transaction; returns how many orders went.
     */
    public int pruneBefore(LocalDate before, String mirrorEntity) {
        return Jdbc.inTransaction(dataSource, "pruning orders placed before " + before, connection -> {
            MirrorRepository.lockEntity(connection, mirrorEntity);
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT order_id FROM report_order WHERE placed_date < ?")) {
                select.setObject(1, before);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(Long.toString(rows.getLong(1)));
                    }
                }
            }
            delete(connection, ids);
            MirrorRepository.purge(connection, mirrorEntity, ids);
            return ids.size();
        });
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
