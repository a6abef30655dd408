package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.erp.mapping.FieldValue;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An order as the ERP sink handles it: which order ({@code key}, also the dead letter's key), the sale's identity in
 * Tryton ({@code reference}, what the sale is looked up by), what to do, and — for a sale — the buyer and the lines.
 * {@link #toString()} names the order and the reference only: no buyer data in logs.
 *
 * @param key       "store-order 12" or "marketplace-order 345"
 * @param reference the sale's reference: "store R3F…" or "<market> <marketplace reference>"
 * @param why       for {@link SaleIntent#NONE}: why nothing is done (not paid yet, already confirmed…)
 * @param fields    the sale fields the mapping file adds (its {@code description} replaces the hub's)
 */
public record SaleOrder(String key, String reference, SaleIntent intent, String why, Buyer buyer,
                        List<SaleLine> lines, String description, LocalDate date, Map<String, FieldValue> fields) {

    public SaleOrder {
        why = why == null ? "" : why;
        description = description == null ? "" : description;
        lines = lines == null ? List.of() : List.copyOf(lines);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public SaleOrder(String key, String reference, SaleIntent intent, String why, Buyer buyer, List<SaleLine> lines,
                     String description, LocalDate date) {
        this(key, reference, intent, why, buyer, lines, description, date, Map.of());
    }

    /** The same sale with the fields the mapping file adds. */
    public SaleOrder withFields(Map<String, FieldValue> mapped) {
        return new SaleOrder(key, reference, intent, why, buyer, lines, description, date, mapped);
    }

    /** Nothing to do for this order, and why. */
    public static SaleOrder none(String key, String reference, String why) {
        return new SaleOrder(key, reference, SaleIntent.NONE, why, null, List.of(), "", null);
    }

    public static SaleOrder toCancel(String key, String reference) {
        return new SaleOrder(key, reference, SaleIntent.CANCEL, "", null, List.of(), "", null);
    }

    public boolean isSale() {
        return intent == SaleIntent.SALE;
    }

    public boolean isCancellation() {
        return intent == SaleIntent.CANCEL;
    }

    /** The SKUs of the lines, each once. */
    public List<String> skus() {
        return List.copyOf(new LinkedHashSet<>(lines.stream().map(SaleLine::sku).toList()));
    }

    /** A copy for another intent: the ledger may say there is nothing left to do. */
    public SaleOrder nothing(String reason) {
        return none(key, reference, reason);
    }

    @Override
    public String toString() {
        return key + " (sale " + reference + ")";
    }
}
