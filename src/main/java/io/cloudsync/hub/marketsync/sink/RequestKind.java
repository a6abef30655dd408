package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.marketsync.AnswerFields;

/**
 * The calls a product change can need, in the order MarketSync documents: look the product up, create it,
 * update its columns, its variations, their stock, its prices per marketplace; or remove it; then its publication
 * state per marketplace (suspended where it is not wanted, published again where it is). Each kind is one
 * stage of a delivery run; a stage starts when the one before it has finished, since it needs its results
 * (the product ids a creation returns).
 */
public enum RequestKind {
    LOOKUP("GET", "productos"),
    CREATE("POST", "productos"),
    UPDATE("PUT", "productos"),
    VARIATION_CREATE("POST", "variacion"),
    VARIATION_UPDATE("PUT", "variacion"),
    VARIATION_DELETE("DELETE", "variacion"),
    STOCK("PUT", "stock"),
    PRICES("PUT", "precios"),
    DELETE("DELETE", "productos"),
    SELL_OUT("PUT", "productos/agotar"),
    SUSPEND("PUT", "productos/suspender"),
    PUBLISH("PUT", "productos/publicar");

    private final String verb;
    private final String controller;

    RequestKind(String verb, String controller) {
        this.verb = verb;
        this.controller = controller;
    }

    public String verb() {
        return verb;
    }

    public String controller() {
        return controller;
    }

    /**
     * What {@link MarketSyncRun#accepted} reads of the answer: a look-up the products found, a create the
     * {@code sku} and {@code id} of each product created, any other call nothing.
     */
    public AnswerFields answerFields() {
        return switch (this) {
            case LOOKUP -> AnswerFields.ALL;
            case CREATE -> AnswerFields.ofEachItem("sku", "id");
            default -> AnswerFields.NONE;
        };
    }
}
