package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Guide;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * What the marketplace answers when MarketSync asks it for an order's shipping label (POST guias): a guide with a
 * tracking number and, as the market provides it, a tracking URL or a base64 PDF. A market that provides none, a
 * cancelled order, or an order the marketplace ships itself gets a guide whose label is the error text, as
 * MarketSync stores it. Asking again answers the guide already made.
 */
public final class ShippingLabels {

    private final OrderBook orders;
    private final Clock clock;

    public ShippingLabels(OrderBook orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public Guide request(Order order, Market market) {
        synchronized (orders) {
            Optional<Guide> existing = orders.guide(order.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            LocalDateTime now = MexicoCityTime.of(clock.instant()).withNano(0);
            Optional<String> refusal = refusal(order, market);
            long id = orders.newGuideId();
            Guide guide;
            if (refusal.isPresent()) {
                guide = new Guide(id, order.id(), "", market.carrier(), "0", now, refusal.get());
            } else {
                String tracking = String.format("%012d", 395_088_000_000L + order.id() * 7);
                guide = new Guide(id, order.id(), tracking, market.carrier(), "1", now, label(market, tracking));
                orders.replace(orders.byId(order.id()).orElseThrow().withGuide(market.carrier(), tracking, now));
            }
            orders.putGuide(guide);
            return guide;
        }
    }

    private Optional<String> refusal(Order order, Market market) {
        if (!market.providesLabels()) {
            return Optional.of("Error " + market.market() + " does not provide shipping labels");
        }
        if (market.statuses().cancels(order.estatus())) {
            return Optional.of("Error the order " + order.referencia() + " is " + order.estatus());
        }
        if (order.items().stream().allMatch(line -> line.fulfillment())) {
            return Optional.of("Error the order " + order.referencia() + " is shipped by " + market.market());
        }
        return Optional.empty();
    }

    private static String label(Market market, String tracking) {
        if ("url".equals(market.label())) {
            return "https://envia.com/rastreo?label=" + tracking;
        }
        return Base64.getEncoder().encodeToString(pdf(market.market() + " " + market.carrier() + " " + tracking));
    }

    /** A one-page PDF showing {@code text}: enough for a client to store and a viewer to open. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 40 760 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + stream
                    + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
