package io.cloudsync.hub.marketsync.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Forms of a name used to compare names the way a person would: ignoring case, accents and extra spaces. */
final class TextKey {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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
        return name == null ? "" : SPACES.matcher(name.trim()).replaceAll(" ");
    }

    private static String stripAccents(String text) {
        if (isAscii(text)) {
            return text; // nothing to strip: most names are (the mapper asks for several per product)
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
