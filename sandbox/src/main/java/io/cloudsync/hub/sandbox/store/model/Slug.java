package io.cloudsync.hub.sandbox.store.model;

import java.text.Normalizer;

/** PrestaShop's {@code Tools::str2url}: the friendly-URL form of a name ("Camiseta de algodón" → "camiseta-de-algodon"). */
public final class Slug {

    private Slug() {
    }

    public static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        boolean dash = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    /** A short upper-case code for SKUs: "Tapa blanda" → "TAPABLANDA", "250 ml" → "250ML". */
    public static String ofCode(String text) {
        return of(text).replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A short code for a reference: the whole slug when it has at most five characters ("XL", "250ML"), else the
     * initials of its words ("Tapa blanda" is "TB"), as shops keep combination references within SKU limits.
     */
    public static String ofShortCode(String text) {
        String whole = ofCode(text);
        if (whole.length() <= 5) {
            return whole;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : of(text).split("-")) {
            if (!word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }
}
