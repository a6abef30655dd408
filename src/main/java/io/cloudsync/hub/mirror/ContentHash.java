package io.cloudsync.hub.mirror;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a canonical text, in lower-case hex: what the mirror and the sink ledger compare. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String canonicalText) {
        return of(canonicalText.getBytes(StandardCharsets.UTF_8));
    }

    /** The same hash of text already in UTF-8: no decoding and encoding again of what was read as bytes. */
    public static String of(byte[] utf8) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
