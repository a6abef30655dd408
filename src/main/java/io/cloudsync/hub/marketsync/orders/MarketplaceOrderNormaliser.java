package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceOrderLine;
import io.cloudsync.hub.model.MarketplaceShipping;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An order of {@code GET pedidos} in the hub's canonical form. MarketSync sends every number as a string
 * ({@code "599.00"}, {@code "2"}), sometimes as a number, an empty string or {@code null}; dates as
 * {@code YYYY-MM-DD HH:mm:ss} (or with a {@code T}); the status in its marketplace's own words
 * ({@link MarketStatusWords}); and often no buyer e-mail, or a placeholder, which becomes null.
 */
public final class MarketplaceOrderNormaliser {

    /** Local parts marketplaces put in an address that reaches nobody. */
    private static final Set<String> PLACEHOLDER_LOCAL_PARTS = Set.of("none", "noemail", "no-email", "noreply",
            "no-reply", "sinemail", "sin-email", "sincorreo", "sin-correo", "na", "n-a", "null", "test");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MarketplaceOrderNormaliser() {
    }

    /** @throws IllegalArgumentException when the order has no usable id (nothing could name it) */
    public static MarketplaceOrder normalise(JsonNode order) {
        long id = integer(order.path("id"), -1);
        if (id <= 0) {
            throw new IllegalArgumentException("a MarketSync order without a usable id: '" + text(order.path("id"))
                    + "'");
        }
        int marketId = (int) integer(order.path("market_id"), 0);
        List<MarketplaceOrderLine> lines = new ArrayList<>();
        for (JsonNode item : order.path("items")) {
            lines.add(line(item));
        }
        MarketplaceShipping shipping = new MarketplaceShipping(text(order.path("entregara")),
                text(order.path("telefono")), text(order.path("direccion")), text(order.path("entrecalles")),
                text(order.path("colonia")), text(order.path("ciudad")), text(order.path("estado")),
                text(order.path("cp")), text(order.path("observaciones")), text(order.path("mensajeria")),
                text(order.path("guias")), text(order.path("estatusguia")), text(order.path("shipping_id")));
        return new MarketplaceOrder(id, marketId, text(order.path("market")), text(order.path("referencia")),
                MarketStatusWords.status(marketId, text(order.path("estatus"))), dateTime(order.path("fecha_pedido")),
                dateTime(order.path("fecha_autoriza")), dateTime(order.path("fecha_orden")),
                decimal(order.path("subtotal")), decimal(order.path("total")),
                decimal(order.path("envio")), decimal(order.path("comision")), email(text(order.path("email"))),
                shipping, text(order.path("orden_id")), lines);
    }

    private static MarketplaceOrderLine line(JsonNode item) {
        return MarketplaceOrderLine.of(integer(item.path("id"), 0), integer(item.path("product_id"), 0),
                text(item.path("sku")), text(item.path("modelo")), text(item.path("descripcion")),
                (int) integer(item.path("cantidad"), 0), decimal(item.path("precio")), text(item.path("color")),
                text(item.path("variacion")), flag(item.path("fulfillment")));
    }

    /** The buyer's address, or null when there is none, it is not an address, or it is a placeholder. */
    static String email(String given) {
        String email = given.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            return null;
        }
        String local = email.substring(0, email.indexOf('@'));
        return PLACEHOLDER_LOCAL_PARTS.contains(local) ? null : email;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText("").trim();
    }

    /** A whole number from {@code "2"}, {@code "2.00"}, {@code 2} or {@code " 2 "}; the fallback otherwise. */
    static long integer(JsonNode node, long fallback) {
        if (node != null && node.isIntegralNumber()) {
            return node.asLong();
        }
        BigDecimal value = decimalOrNull(node);
        if (value == null) {
            return fallback;
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return fallback;
        }
    }

    /** An amount from {@code "599.00"}, {@code 599}, {@code "1,299.50"}; zero when absent or not a number. */
    static BigDecimal decimal(JsonNode node) {
        BigDecimal value = decimalOrNull(node);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal decimalOrNull(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = node.asText("").trim();
        // a thousands separator: "1,299.50"; a decimal comma alone: "599,50"
        text = text.contains(".") ? text.replace(",", "") : text.replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code "1"}, {@code 1}, {@code true}, {@code "si"}: true; anything else (absent included) false. */
    static boolean flag(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = node.asText("").trim().toLowerCase(Locale.ROOT);
        return Set.of("1", "true", "si", "sí", "yes", "y").contains(text);
    }

    /** A Mexico City wall-clock time; null when absent, empty or the zero date. */
    static LocalDateTime dateTime(JsonNode node) {
        String text = text(node);
        if (text.isEmpty() || text.startsWith("0000-00-00")) {
            return null;
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11)
                : text;
        try {
            return LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
