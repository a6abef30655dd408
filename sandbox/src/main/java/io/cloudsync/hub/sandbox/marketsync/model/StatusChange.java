package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.LocalDateTime;

/**
 * One entry of an order's history: the status it took at {@code at} (Mexico City time), the comment, and who made
 * the change: {@code api} (PUT pedidos) or {@code marketplace} (the order arriving, the marketplace changing it).
 */
public record StatusChange(LocalDateTime at, String estatus, String comentario, String by) {

    public static final String API = "api";
    public static final String MARKETPLACE = "marketplace";
}
