package io.cloudsync.hub.sandbox.store;

/**
 * PrestaShop stopping the hard way: {@code PaymentModule::validateOrder} and {@code OrderHistory::changeIdOrderState}
 * end the script with {@code exit(Tools::displayError(...))}, so the webservice answers HTTP 500 with the bare
 * message, not its usual error document (a client that retries every 500 retries these forever).
 */
public final class FatalShopError extends RuntimeException {

    public FatalShopError(String message) {
        super(message, null, false, false);
    }
}
