package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A marketplace's shipping label for an order, as {@code GET guias} gives it: {@code guia} (the tracking
 * number), {@code mensajeria} (the carrier) and {@code label}, which is a tracking URL, a base64 file (PDF, ZIP,
 * image), or, when the marketplace could not make one, an error text.
 */
public record Guide(long id, long marketSyncOrderId, String trackingNumber, String carrier, String label) {

    private static final Pattern BASE64_FILE = Pattern.compile("[A-Za-z0-9+/=\\r\\n]{100,}");

    public Guide {
        trackingNumber = trackingNumber == null ? "" : trackingNumber.trim();
        carrier = carrier == null ? "" : carrier.trim();
        label = label == null ? "" : label.trim();
    }

    /** Numbers arrive as strings in MarketSync's answers: both are read. */
    public static Guide of(JsonNode node) {
        return new Guide(whole(node.path("id")), whole(node.path("pedido_id")), node.path("guia").asText(""),
                node.path("mensajeria").asText(""), node.path("label").asText(""));
    }

    /** The marketplace made a label: a tracking number, and a label that is a URL or a file, not an error. */
    public boolean provided() {
        return id > 0 && !trackingNumber.isEmpty() && (labelUrl().isPresent() || BASE64_FILE.matcher(label).matches());
    }

    public Optional<String> labelUrl() {
        return label.startsWith("https://") || label.startsWith("http://") ? Optional.of(label) : Optional.empty();
    }

    /** The private note for the shop's staff: the marketplace's tracking number and where its label is. */
    public String staffNote(String referencia) {
        String by = carrier.isEmpty() ? "" : " (" + carrier + ")";
        String where = labelUrl().map(url -> "Etiqueta: " + url)
                .orElse("Etiqueta en MarketSync: GET guias?orders=" + marketSyncOrderId);
        return "Guía del marketplace para el pedido " + referencia + ": " + trackingNumber + by + ". " + where;
    }

    private static long whole(JsonNode node) {
        try {
            return node.isNumber() ? node.asLong() : Long.parseLong(node.asText("").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
