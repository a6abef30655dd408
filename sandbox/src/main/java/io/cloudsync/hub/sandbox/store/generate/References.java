package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Slug;
import java.util.Locale;

/**
 * Product references (SKUs) as real shops have them: mostly 6 to 12 characters, and a deterministic few that a
 * connector must reject or handle: empty (every 151st product), too short (every 97th), too long (every 89th) and
 * a copy of the previous product's (every 83rd).
 */
public final class References {

    private References() {
    }

    public static String forProduct(int id, ProductKind kind, String collection, String previous) {
        if (id % 151 == 0) {
            return "";
        }
        if (id % 97 == 0) {
            return kind.prefix().charAt(0) + Integer.toString(id % 100);
        }
        if (id % 89 == 0) {
            return Slug.of(kind.noun().es() + " " + collection).toUpperCase(Locale.ROOT) + "-" + String.format("%06d", id);
        }
        if (id % 83 == 0 && !previous.isEmpty()) {
            return previous;
        }
        return id % 3 == 0 ? kind.prefix() + id : kind.prefix() + "-" + String.format("%05d", id);
    }

    /** A combination's reference: the product's plus the attribute codes, empty for every 37th combination. */
    public static String forCombination(int combinationId, String productReference, String attributeCodes) {
        if (combinationId % 37 == 0 || productReference.isEmpty()) {
            return "";
        }
        return productReference + "-" + attributeCodes;
    }
}
