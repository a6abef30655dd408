package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Localized;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;
import java.util.List;

/** The order states of a default PrestaShop installation, with their real ids and flags. */
public final class OrderStates {

    public static final int AWAITING_CHECK = 1;
    public static final int PAYMENT_ACCEPTED = 2;
    public static final int PROCESSING = 3;
    public static final int SHIPPED = 4;
    public static final int DELIVERED = 5;
    public static final int CANCELED = 6;
    public static final int REFUNDED = 7;
    public static final int PAYMENT_ERROR = 8;
    public static final int BACKORDER_PAID = 9;
    public static final int AWAITING_BANK_WIRE = 10;
    /** PS_OS_WS_PAYMENT: where an order created through the webservice starts. */
    public static final int REMOTE_PAYMENT_ACCEPTED = 11;
    public static final int BACKORDER_UNPAID = 12;
    public static final int AWAITING_CASH_ON_DELIVERY = 13;

    private OrderStates() {
    }

    public static List<OrderState> all(ShopLanguages languages) {
        return List.of(
                state(languages, 1, "En espera de pago por cheque", "Awaiting check payment", "ps_checkpayment",
                        "#34209E", "cheque", false, false, false, false, false, true),
                state(languages, 2, "Pago aceptado", "Payment accepted", "", "#3498D8", "payment",
                        true, true, false, false, true, true),
                state(languages, 3, "Preparación en curso", "Processing in progress", "", "#3498D8", "preparation",
                        true, true, true, false, true, true),
                state(languages, 4, "Enviado", "Shipped", "", "#01b887", "shipped", true, true, true, true, true, true),
                state(languages, 5, "Entregado", "Delivered", "", "#01b887", "", true, true, true, true, true, false),
                state(languages, 6, "Cancelado", "Canceled", "", "#2C3E50", "order_canceled",
                        false, false, false, false, false, true),
                state(languages, 7, "Reembolsado", "Refunded", "", "#ec2e15", "refund",
                        false, true, false, false, true, true),
                state(languages, 8, "Error en el pago", "Payment error", "", "#ec2e15", "payment_error",
                        false, false, false, false, false, true),
                state(languages, 9, "Pedido pendiente por falta de stock (pagado)", "On backorder (paid)", "",
                        "#3498D8", "outofstock", true, true, false, false, true, true),
                state(languages, 10, "En espera de pago por transferencia bancaria", "Awaiting bank wire payment",
                        "ps_wirepayment", "#34209E", "bankwire", false, false, false, false, false, true),
                state(languages, 11, "Pago remoto aceptado", "Remote payment accepted", "", "#3498D8", "payment",
                        true, true, false, false, true, true),
                state(languages, 12, "Pedido pendiente por falta de stock (no pagado)", "On backorder (not paid)", "",
                        "#34209E", "outofstock", false, false, false, false, false, true),
                state(languages, 13, "En espera de validación por contra reembolso",
                        "Awaiting Cash On Delivery validation", "ps_cashondelivery", "#34209E", "cashondelivery",
                        false, false, false, false, false, true));
    }

    private static OrderState state(ShopLanguages languages, int id, String es, String en, String module, String color,
                                    String template, boolean logable, boolean paid, boolean delivery, boolean shipped,
                                    boolean invoice, boolean sendEmail) {
        Localized name = new Term(es, en).localized(languages);
        return new OrderState(id, true, delivery, false, sendEmail, module, invoice, color, logable, shipped, paid,
                shipped, invoice, false, name, Localized.same(template, languages.count()));
    }
}
