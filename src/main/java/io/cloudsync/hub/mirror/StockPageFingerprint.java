package io.cloudsync.hub.mirror;

/**
 * A page of {@code stock_availables} as the stock poll read it: where it starts, how many lines it asked for, and
 * the SHA-256 of the answer's UTF-8 bytes ({@link ContentHash}; the same as its decoded text's, so fingerprints
 * saved when the poll hashed the text still match). The same fingerprint again means the same lines with the same
 * quantities, so the page need not be decoded, parsed or compared.
 */
public record StockPageFingerprint(int offset, int pageSize, String hash) {

    public static StockPageFingerprint of(int offset, int pageSize, byte[] page) {
        return new StockPageFingerprint(offset, pageSize, ContentHash.of(page));
    }
}
