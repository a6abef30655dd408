package io.cloudsync.hub.sync;

import io.cloudsync.hub.params.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a client stands in one entity's feed: after the change numbered {@code changeSeq}. Sent to the client as
 * an opaque token ({@code next_cursor}) and read back from {@code cursor}. Change numbers are handed out in
 * commit order, so "after this number" loses nothing and repeats nothing, however many records share a time.
 */
public record SyncCursor(String entity, long changeSeq) {

    private static final String VERSION = "v1";

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + ":" + entity + ":" + changeSeq).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token of this entity's feed; anything else is a bad {@code cursor} parameter. */
    public static SyncCursor parse(String token, String entity) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        String[] parts = text.split(":");
        if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[2].matches("\\d{1,18}")) {
            throw invalid(token);
        }
        if (!parts[1].equals(entity)) {
            throw new InvalidParameterException("cursor", "cursor belongs to the " + parts[1] + " feed, not to "
                    + entity);
        }
        return new SyncCursor(entity, Long.parseLong(parts[2]));
    }

    private static InvalidParameterException invalid(String token) {
        return new InvalidParameterException("cursor", "cursor '" + token + "' is not a next_cursor this feed returned");
    }
}
