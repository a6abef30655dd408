package io.cloudsync.hub.sandbox.store.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds orders the way the shop records them at checkout (lines priced with the catalogue as it is at that moment,
 * consistent totals) and applies status changes (validity, invoice and delivery numbers, amount paid).
 */
public final class OrderFactory {

    /** Shipping: 5.99 € tax included below 50 € of products, free above. */
    public static final long SHIPPING_TAX_INCL = Micros.ofCents(599);
    public static final long FREE_SHIPPING_FROM = Micros.ofCents(5000);
    public static final long VOUCHER_TAX_INCL = Micros.ofCents(500);
    private static final long CARRIER_TAX_RATE = Micros.of("21");

    /** A line as the customer put it in the cart. */
    public record Line(int productId, int combinationId, int quantity) {
    }

    /**
     * Everything an order needs besides its lines: the delivery address (also the invoice one unless another is
     * given) and the carrier (2, the shop's default, unless another is given).
     */
    public record Checkout(int orderId, int cartId, Customer customer, Address address, PaymentMethod payment,
                           boolean voucher, long at, String reference, String secureKey, int invoiceAddressId,
                           int carrierId) {

        public Checkout(int orderId, int cartId, Customer customer, Address address, PaymentMethod payment,
                        boolean voucher, long at, String reference, String secureKey) {
            this(orderId, cartId, customer, address, payment, voucher, at, reference, secureKey, address.id(), 2);
        }
    }

    /** The lines of a cart priced at one moment, and the totals they make. */
    public record Priced(List<OrderRow> rows, OrderTotals totals) {
    }

    private final ShopData data;
    private final PriceCalculator prices;

    public OrderFactory(ShopData data) {
        this.data = data;
        this.prices = new PriceCalculator(data);
    }

    /** The order in its payment method's initial state; lines whose product no longer exists are dropped. */
    public Order create(Checkout checkout, List<Line> lines) {
        return place(checkout, price(checkout.customer(), lines, checkout.voucher(), checkout.at()),
                checkout.payment().initialState());
    }

    /** The order of priced lines, in {@code stateId}. */
    public Order place(Checkout checkout, Priced priced, int stateId) {
        Customer customer = checkout.customer();
        Order order = new Order(checkout.orderId(), checkout.address().id(), checkout.invoiceAddressId(),
                checkout.cartId(), customer.langId(), customer.id(), checkout.carrierId(), 0,
                checkout.payment().module(),
                checkout.payment().label(data.languages.defaultLanguage()), 0, ShopTime.ZERO, 0, ShopTime.ZERO, false,
                checkout.at(), checkout.at(), "", checkout.secureKey(), checkout.reference(), priced.totals(),
                priced.rows());
        return changeState(order, stateId, checkout.at());
    }

    /** Cart lines priced with the catalogue as it is at {@code at}; lines of products gone are dropped. */
    public Priced price(Customer customer, List<Line> lines, boolean voucher, long at) {
        Language language = languageOf(customer);
        List<OrderRow> rows = new ArrayList<>();
        long products = 0;
        long productsWt = 0;
        for (Line line : lines) {
            Product product = data.products.get(line.productId());
            if (product == null) {
                continue;
            }
            Combination combination = data.combinations.get(line.combinationId());
            int combinationId = combination != null && combination.productId() == product.id() ? combination.id() : 0;
            PriceRequest exact = new PriceRequest(false, true, false, 6, line.quantity(), combinationId);
            long unitExcl = prices.price(product.id(), exact, at);
            long beforeReduction = prices.price(product.id(), new PriceRequest(false, false, false, 6, 1, combinationId),
                    at);
            BigDecimal taxFactor = taxFactor(product);
            long unitIncl = Micros.of(Micros.toDecimal(unitExcl).multiply(taxFactor).setScale(2, RoundingMode.HALF_UP));
            products += unitExcl * line.quantity();
            productsWt += unitIncl * line.quantity();
            rows.add(new OrderRow(data.orderRowIds.incrementAndGet(), product.id(), combinationId, line.quantity(),
                    productName(product, combination, language), reference(product, combination),
                    combination != null && !combination.ean13().isEmpty() ? combination.ean13() : product.ean13(),
                    beforeReduction, unitIncl, unitExcl));
        }
        products = Micros.round(products, 2);
        long shippingIncl = productsWt >= FREE_SHIPPING_FROM ? 0 : SHIPPING_TAX_INCL;
        BigDecimal carrierFactor = BigDecimal.ONE.add(Micros.toDecimal(CARRIER_TAX_RATE).movePointLeft(2));
        long shippingExcl = excluding(shippingIncl, carrierFactor);
        long discountIncl = voucher ? Math.min(VOUCHER_TAX_INCL, productsWt) : 0;
        long discountExcl = excluding(discountIncl, carrierFactor);
        long paidIncl = productsWt + shippingIncl - discountIncl;
        long paidExcl = products + shippingExcl - discountExcl;
        return new Priced(rows, new OrderTotals(discountIncl, discountExcl, paidIncl, paidExcl, 0, products, productsWt,
                shippingIncl, shippingExcl, CARRIER_TAX_RATE));
    }

    /** The order after a status change at {@code at} (the caller records the history row). */
    public Order changeState(Order order, int stateId, long at) {
        OrderState state = data.orderStates.get(stateId);
        if (state == null) {
            throw new IllegalArgumentException("no order state " + stateId);
        }
        int invoiceNumber = order.invoiceNumber();
        long invoiceDate = order.invoiceDate();
        if (state.invoice() && invoiceNumber == 0) {
            invoiceNumber = data.invoiceNumbers.incrementAndGet();
            invoiceDate = at;
        }
        int deliveryNumber = order.deliveryNumber();
        long deliveryDate = order.deliveryDate();
        String shippingNumber = order.shippingNumber();
        if (state.shipped() && deliveryNumber == 0) {
            deliveryNumber = data.deliveryNumbers.incrementAndGet();
            deliveryDate = at;
            shippingNumber = "PK" + String.format("%09d", (order.id() * 7919L) % 1_000_000_000L) + "ES";
        }
        long paidReal = state.paid() ? order.totals().paidTaxIncl() : 0;
        boolean valid = order.valid() || state.logable();
        if (stateId == 6 || stateId == 8) {
            valid = false;
        }
        return order.withState(stateId, valid, invoiceNumber, invoiceDate, deliveryNumber, deliveryDate,
                shippingNumber, order.totals().withPaidReal(paidReal), at);
    }

    /** "Camiseta … - Talla : M, Color : Rojo", as PrestaShop writes the line name in the order's language. */
    public String productName(Product product, Combination combination, Language language) {
        String name = product.texts().get(ProductTextField.NAME, language);
        if (combination == null || combination.optionValueIds().length == 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name).append(" - ");
        for (int i = 0; i < combination.optionValueIds().length; i++) {
            OptionValue value = data.optionValues.get(combination.optionValueIds()[i]);
            if (value == null) {
                continue;
            }
            OptionGroup group = data.optionGroups.get(value.groupId());
            if (i > 0) {
                out.append(", ");
            }
            out.append(group.publicName().get(language.index())).append(" : ").append(value.name().get(language.index()));
        }
        return out.toString();
    }

    private static String reference(Product product, Combination combination) {
        return combination != null && !combination.reference().isEmpty() ? combination.reference() : product.reference();
    }

    private Language languageOf(Customer customer) {
        Language language = data.languages.byId(customer.langId());
        return language == null ? data.languages.defaultLanguage() : language;
    }

    private BigDecimal taxFactor(Product product) {
        long rate = data.taxRate(product.taxRulesGroupId(), PriceCalculator.DEFAULT_COUNTRY);
        return BigDecimal.ONE.add(Micros.toDecimal(rate).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64));
    }

    private static long excluding(long includingTax, BigDecimal factor) {
        return Micros.of(Micros.toDecimal(includingTax).divide(factor, 2, RoundingMode.HALF_UP));
    }
}
