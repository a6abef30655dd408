package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.LocalDateTime;

/**
 * A shipping guide of an order (guias): the tracking number, the carrier, and {@code label}: a tracking URL, a
 * base64 file, or a plain error text when the marketplace gave none.
 */
public record Guide(long id, long orderId, String guia, String mensajeria, String estatus, LocalDateTime fecha,
                    String label) {
}
