package io.cloudsync.hub.storeorders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plans the store order of a marketplace order: pure, every reason it cannot be made is listed (an unknown SKU, a
 * line without units, no address…), and nothing is half-planned.
 */
public final class StoreOrderPlanner {

    /** PrestaShop refuses these in names ({@code Validate::isName}). */
    private static final String NOT_IN_NAMES = "[0-9!<>,;?=+()@#\"°{}_$%:¤|*/\\\\\\[\\]^`~&]";
    private static final int NAME_LENGTH = 255;

    private final ImportSettings settings;

    public StoreOrderPlanner(ImportSettings settings) {
        this.settings = settings;
    }

    /** The outcome: a plan, or every reason there is none. */
    public record Outcome(StoreOrderPlan plan, List<String> problems) {

        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean planned() {
            return plan != null;
        }
    }

    public Outcome plan(IncomingOrder order, StoreDirectory store, Function<String, Optional<StoreVariant>> catalogue) {
        List<String> problems = new ArrayList<>();
        if (order.referencia().isEmpty()) {
            problems.add("the order has no marketplace reference (referencia)");
        }
        if (order.lines().isEmpty()) {
            problems.add("the order has no lines");
        }
        List<StoreOrderPlan.CartLine> lines = new ArrayList<>();
        for (IncomingOrder.Line line : order.lines()) {
            if (line.fulfillment()) {
                continue;
            }
            if (line.quantity() <= 0) {
                problems.add("line " + line.sku() + ": quantity " + line.quantity() + " is not a positive number");
                continue;
            }
            Optional<StoreVariant> variant = catalogue.apply(line.sku());
            if (variant.isEmpty()) {
                problems.add("SKU " + (line.sku().isEmpty() ? "(empty)" : line.sku())
                        + " is not a product or combination of the store");
                continue;
            }
            lines.add(new StoreOrderPlan.CartLine(line.sku(), variant.get(), line.quantity(), line.unitPrice()));
        }
        if (!lines.isEmpty()) {
            addressProblems(order, store, problems);
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        String[] names = names(order.recipient(), order.marketName());
        StoreOrderPlan.CustomerDraft customer = new StoreOrderPlan.CustomerDraft(email(order), names[0], names[1],
                store.languageId(), store.customerGroupId());
        IncomingOrder.DeliveryAddress at = order.address();
        StoreOrderPlan.AddressDraft address = new StoreOrderPlan.AddressDraft(cut("MS " + order.referencia(), 32),
                names[0], names[1], store.countryId(), store.stateId(at.estado()).orElse(0L), cut(at.direccion(), 128),
                cut(at.colonia(), 128), at.cp().replaceAll("\\s", ""), cut(at.ciudad(), 64), phone(order.phone()),
                cut(other(at), 300));
        return new Outcome(new StoreOrderPlan(customer, address, lines, order(order, store, lines)), List.of());
    }

    private static void addressProblems(IncomingOrder order, StoreDirectory store, List<String> problems) {
        IncomingOrder.DeliveryAddress at = order.address();
        if (at.direccion().isEmpty()) {
            problems.add("the delivery address has no street (direccion)");
        }
        if (at.ciudad().isEmpty()) {
            problems.add("the delivery address has no city (ciudad)");
        }
        if (!at.cp().replaceAll("\\s", "").matches("\\d{5}")) {
            problems.add("the postcode (cp) '" + at.cp() + "' is not a Mexican postcode of 5 digits");
        }
        if (store.knowsStates() && store.stateId(at.estado()).isEmpty()) {
            problems.add("the state (estado) '" + at.estado() + "' is not one of the store's states");
        }
    }

    private StoreOrderPlan.OrderDraft order(IncomingOrder order, StoreDirectory store,
                                            List<StoreOrderPlan.CartLine> lines) {
        BigDecimal productsTaxIncl = lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        BigDecimal productsTaxExcl = productsTaxIncl;
        BigDecimal goods = order.total().subtract(order.shipping());
        if (order.subtotal().signum() > 0 && goods.signum() > 0 && order.subtotal().compareTo(goods) < 0) {
            productsTaxExcl = productsTaxIncl.multiply(order.subtotal()).divide(goods, 2, RoundingMode.HALF_UP);
        }
        BigDecimal shipping = order.shipping().setScale(2, RoundingMode.HALF_UP);
        String market = order.marketName().isEmpty() ? "Market " + order.marketId() : order.marketName();
        return new StoreOrderPlan.OrderDraft(settings.paymentModule(),
                cut(market + " " + order.referencia() + " (MarketSync)", 255),
                "Marketplace order " + market + " " + order.referencia() + ", MarketSync order " + order.marketsyncId(),
                store.currencyId(), store.languageId(), store.carrierId(), store.paidStateId(), productsTaxIncl,
                productsTaxExcl, shipping, productsTaxIncl.add(shipping));
    }

    /** The buyer's e-mail, or a placeholder that is the same for every delivery of the same order. */
    String email(IncomingOrder order) {
        String given = order.email().toLowerCase(Locale.ROOT);
        if (given.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && given.length() <= 255) {
            return given;
        }
        String market = order.marketName().isEmpty() ? Integer.toString(order.marketId()) : order.marketName();
        return "marketplace-" + slug(market) + "-" + slug(order.referencia()) + "@" + settings.emailDomain();
    }

    /** First name(s) and last name for PrestaShop: no digits or symbols; one word is both. */
    static String[] names(String recipient, String marketName) {
        String clean = recipient.replaceAll(NOT_IN_NAMES, " ").replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            clean = marketName.replaceAll(NOT_IN_NAMES, " ").replaceAll("\\s+", " ").strip();
        }
        if (clean.isEmpty()) {
            clean = "Marketplace";
        }
        int space = clean.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {cut(clean, NAME_LENGTH), cut(clean, NAME_LENGTH)};
        }
        return new String[] {cut(clean.substring(0, space), NAME_LENGTH), cut(clean.substring(space + 1), NAME_LENGTH)};
    }

    private static String other(IncomingOrder.DeliveryAddress at) {
        List<String> parts = new ArrayList<>();
        if (!at.entrecalles().isEmpty()) {
            parts.add("Entre calles: " + at.entrecalles());
        }
        if (!at.observaciones().isEmpty()) {
            parts.add(at.observaciones());
        }
        return String.join(". ", parts).replaceAll("[<>={}]", " ");
    }

    private static String phone(String phone) {
        return cut(phone.replaceAll("[^0-9+(). -]", ""), 32).strip();
    }

    private static String slug(String text) {
        String slug = StoreDirectory.key(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : cut(slug, 60);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length).strip();
    }
}
