package io.cloudsync.hub.ingest;

/** How a stock poll run reads the store's stock_availables pages ({@link StockIngest}). */
public enum StockPass {
    /** Every line with its id, product, combination and quantity. */
    WHOLE_LINES,
    /** Ids and quantities only (a third of the text): product and combination come from the snapshot. */
    QUANTITIES
}
