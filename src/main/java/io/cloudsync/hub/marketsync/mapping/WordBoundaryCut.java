package io.cloudsync.hub.marketsync.mapping;

/**
 * Shortens a text to a number of characters (Unicode code points, as MarketSync's columns count them) without
 * breaking a word: the cut falls on the last boundary between a word and a non-word character that fits, then
 * dangling separators ({@code ,;:-/(}) and spaces are tidied away. Only a single word longer than the column is
 * cut inside the word, because there is no boundary to use.
 */
final class WordBoundaryCut {

    private static final String DANGLING = ",;:-–—/\\|([{&+·•*_«“‘";

    private WordBoundaryCut() {
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String cut(String text, int maxLength) {
        int[] codePoints = text.codePoints().toArray();
        if (codePoints.length <= maxLength) {
            return text;
        }
        for (int end = maxLength; end > 0; end--) {
            if (!isWordCharacter(codePoints[end - 1]) || !isWordCharacter(codePoints[end])) {
                String kept = tidy(new String(codePoints, 0, end));
                if (!kept.isEmpty()) {
                    return kept;
                }
                break;
            }
        }
        return new String(codePoints, 0, maxLength).stripTrailing();
    }

    private static boolean isWordCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String tidy(String text) {
        int end = text.length();
        while (end > 0) {
            char last = text.charAt(end - 1);
            if (Character.isWhitespace(last) || Character.isSpaceChar(last) || DANGLING.indexOf(last) >= 0) {
                end--;
            } else {
                break;
            }
        }
        return text.substring(0, end);
    }
}
