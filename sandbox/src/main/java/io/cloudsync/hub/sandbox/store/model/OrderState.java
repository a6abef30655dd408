package io.cloudsync.hub.sandbox.store.model;

/** An order status with PrestaShop's flags. */
public record OrderState(int id, boolean unremovable, boolean delivery, boolean hidden, boolean sendEmail,
                         String moduleName, boolean invoice, String color, boolean logable, boolean shipped,
                         boolean paid, boolean pdfDelivery, boolean pdfInvoice, boolean deleted, Localized name,
                         Localized template) {
}
