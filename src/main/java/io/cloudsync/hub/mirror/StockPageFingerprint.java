package io.cloudsync.hub.mirror;

/**
 * A page of {@code stock_availables} as the stock poll read it: where it starts, how many lines it asked for, and
 * the SHA-256 of the answer's text ({@link ContentHash}). The same fingerprint again means the same lines with the
 * same quantities, so the page need not be parsed or compared.
 */
public record StockPageFingerprint(int offset, int pageSize, String hash) {

    public static StockPageFingerprint of(int offset, int pageSize, String pageText) {
        return new StockPageFingerprint(offset, pageSize, ContentHash.of(pageText));
    }
}
