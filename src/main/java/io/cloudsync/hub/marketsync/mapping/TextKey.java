package io.cloudsync.hub.marketsync.mapping;

import java.text.Normalizer;
import java.util.Locale;

/** Forms of a name used to compare names the way a person would: ignoring case, accents and extra spaces. */
final class TextKey {

    private TextKey() {
    }

    /** {@code "  Azul  Marinó "} → {@code "azul marino"}: the key of a name in a case- and accent-blind lookup. */
    static String of(String name) {
        return stripAccents(collapse(name)).toLowerCase(Locale.ROOT);
    }

    /** {@code "marrón"} → {@code "MARRON"}: how a colour name is compared with the base-colour catalogue. */
    static String upper(String name) {
        return stripAccents(collapse(name)).toUpperCase(Locale.ROOT);
    }

    private static String collapse(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ");
    }

    private static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
