package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@code /api/orders} row into the canonical {@link Order}. The row holds only the fields of
 * {@link #DISPLAY}: the order's {@code secure_key}, addresses and notes are never asked for.
 */
public final class OrderNormaliser {

    /** The fields read, and the lines with theirs ({@code associations.order_rows}). */
    public static final String DISPLAY = "[id,reference,id_customer,id_cart,id_currency,current_state,module,payment,"
            + "valid,date_add,date_upd,total_discounts_tax_incl,total_discounts_tax_excl,total_paid_tax_incl,"
            + "total_paid_tax_excl,total_paid_real,total_products,total_products_wt,total_shipping_tax_incl,"
            + "total_shipping_tax_excl,conversion_rate,order_rows[id,product_id,product_attribute_id,product_quantity,"
            + "product_name,product_reference,unit_price_tax_incl,unit_price_tax_excl]]";

    private OrderNormaliser() {
    }

    public static Order normalise(JsonNode row, OrderReferenceData reference) {
        long id = Lenient.integer(row.path("id"), -1);
        LocalDateTime placedLocal = Lenient.dateTime(row.path("date_add")).orElse(IngestWindow.BEGINNING);
        Instant placedAt = IngestWindow.earliestInstant(placedLocal, reference.zone());
        BigDecimal rate = Lenient.decimal(row.path("conversion_rate")).filter(r -> r.signum() > 0).orElse(BigDecimal.ONE);
        OrderTotals totals = new OrderTotals(
                Lenient.decimalOrZero(row.path("total_products_wt")),
                Lenient.decimalOrZero(row.path("total_products")),
                Lenient.decimalOrZero(row.path("total_shipping_tax_incl")),
                Lenient.decimalOrZero(row.path("total_shipping_tax_excl")),
                Lenient.decimalOrZero(row.path("total_discounts_tax_incl")),
                Lenient.decimalOrZero(row.path("total_discounts_tax_excl")),
                Lenient.decimalOrZero(row.path("total_paid_tax_incl")),
                Lenient.decimalOrZero(row.path("total_paid_tax_excl")),
                Lenient.decimalOrZero(row.path("total_paid_real")));
        return new Order(id, row.path("reference").asText(""), Lenient.integer(row.path("id_customer"), 0),
                Lenient.integer(row.path("id_cart"), 0),
                reference.currency(Lenient.integer(row.path("id_currency"), 0)), rate.stripTrailingZeros(),
                row.path("module").asText(""), row.path("payment").asText(""), Lenient.bool(row.path("valid")),
                reference.state(Lenient.integer(row.path("current_state"), 0)), placedLocal, placedAt, totals,
                lines(row.path("associations").path("order_rows")));
    }

    private static List<OrderLine> lines(JsonNode rows) {
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode line : rows) {
            lines.add(OrderLine.of(Lenient.integer(line.path("id"), 0), Lenient.integer(line.path("product_id"), 0),
                    Lenient.integer(line.path("product_attribute_id"), 0), line.path("product_reference").asText(""),
                    line.path("product_name").asText(""), (int) Lenient.integer(line.path("product_quantity"), 0),
                    Lenient.decimalOrZero(line.path("unit_price_tax_incl")),
                    Lenient.decimalOrZero(line.path("unit_price_tax_excl"))));
        }
        return lines;
    }
}
