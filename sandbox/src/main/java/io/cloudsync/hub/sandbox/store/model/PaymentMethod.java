package io.cloudsync.hub.sandbox.store.model;

import java.util.List;

/** A payment module and the state an order starts in when paid with it. */
public record PaymentMethod(String module, String labelEs, String labelEn, int initialState) {

    public static final List<PaymentMethod> ALL = List.of(
            new PaymentMethod("ps_checkout", "Tarjeta de crédito", "Credit card", 2),
            new PaymentMethod("ps_wirepayment", "Transferencia bancaria", "Bank transfer", 10),
            new PaymentMethod("ps_cashondelivery", "Pago contra reembolso", "Cash on delivery", 13),
            new PaymentMethod("ps_checkpayment", "Pago por cheque", "Payment by check", 1));

    public String label(Language language) {
        return "es".equals(language.isoCode()) ? labelEs : labelEn;
    }
}
