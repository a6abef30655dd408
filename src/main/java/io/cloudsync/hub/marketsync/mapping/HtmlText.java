package io.cloudsync.hub.marketsync.mapping;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain text of the HTML a store keeps in its descriptions: block tags become line breaks (line breaks in the
 * source are only whitespace, as in a browser), table cells spaces,
 * other tags vanish (so {@code <b>Al</b>godón} stays one word), scripts, styles and comments are dropped with
 * their content, character references are decoded (named, decimal and hex) and whitespace is collapsed. A
 * {@code <} that does not start a tag ({@code 5 < 6}) is text.
 */
public final class HtmlText {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr",
            "ul");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"),
            Map.entry("aacute", "á"), Map.entry("eacute", "é"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
            Map.entry("uacute", "ú"), Map.entry("Aacute", "Á"), Map.entry("Eacute", "É"), Map.entry("Iacute", "Í"),
            Map.entry("Oacute", "Ó"), Map.entry("Uacute", "Ú"), Map.entry("ntilde", "ñ"), Map.entry("Ntilde", "Ñ"),
            Map.entry("uuml", "ü"), Map.entry("Uuml", "Ü"), Map.entry("agrave", "à"), Map.entry("egrave", "è"),
            Map.entry("igrave", "ì"), Map.entry("ograve", "ò"), Map.entry("ugrave", "ù"), Map.entry("acirc", "â"),
            Map.entry("ecirc", "ê"), Map.entry("icirc", "î"), Map.entry("ocirc", "ô"), Map.entry("ucirc", "û"),
            Map.entry("auml", "ä"), Map.entry("euml", "ë"), Map.entry("iuml", "ï"), Map.entry("ouml", "ö"),
            Map.entry("ccedil", "ç"), Map.entry("Ccedil", "Ç"), Map.entry("atilde", "ã"), Map.entry("otilde", "õ"),
            Map.entry("ordf", "ª"), Map.entry("ordm", "º"), Map.entry("deg", "°"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("cent", "¢"),
            Map.entry("pound", "£"), Map.entry("yen", "¥"), Map.entry("sect", "§"), Map.entry("para", "¶"),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("hellip", "…"), Map.entry("ndash", "–"),
            Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("sbquo", "‚"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bdquo", "„"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("plusmn", "±"),
            Map.entry("frac12", "½"), Map.entry("frac14", "¼"), Map.entry("frac34", "¾"), Map.entry("sup2", "²"),
            Map.entry("sup3", "³"), Map.entry("micro", "µ"), Map.entry("shy", ""), Map.entry("ensp", " "),
            Map.entry("emsp", " "), Map.entry("thinsp", " "), Map.entry("zwnj", ""), Map.entry("zwj", ""));

    private HtmlText() {
    }

    /** The text with one line per block (paragraph, list item, heading…); empty lines dropped. */
    public static String toText(String html) {
        return String.join("\n", lines(html));
    }

    /** The text on one line: blocks joined by a space. For names, bullets and attribute values. */
    public static String toLine(String html) {
        return String.join(" ", lines(html));
    }

    private static List<String> lines(String html) {
        if (html == null || html.isEmpty()) {
            return List.of();
        }
        String text = decodeEntities(stripTags(html));
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String collapsed = collapseWhitespace(line);
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }

    private static String stripTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int length = html.length();
        while (i < length) {
            char c = html.charAt(i);
            if (c != '<') {
                // A line break in the source is just whitespace in HTML; only block tags break lines.
                out.append(c == '\n' || c == '\r' ? ' ' : c);
                i++;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? length : end + 3;
                continue;
            }
            if (!startsTag(html, i)) {
                out.append(c);
                i++;
                continue;
            }
            int end = tagEnd(html, i);
            String name = tagName(html, i + 1, end);
            boolean closing = html.charAt(i + 1) == '/';
            i = end < 0 ? length : end + 1;
            if (!closing && DROPPED_WITH_CONTENT.contains(name) && !html.startsWith("/>", Math.max(0, i - 2))) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
                i = closeEnd < 0 ? length : closeEnd + 1;
            } else if (BLOCK_TAGS.contains(name)) {
                out.append('\n');
            } else if (CELL_TAGS.contains(name)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean startsTag(String html, int at) {
        if (at + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(at + 1);
        if (next == '/') {
            return at + 2 < html.length() && Character.isLetter(html.charAt(at + 2));
        }
        return Character.isLetter(next) || next == '!' || next == '?';
    }

    /** Index of the {@code >} closing the tag that starts at {@code at}, skipping quoted attribute values. */
    private static int tagEnd(String html, int at) {
        char quote = 0;
        for (int i = at + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int end) {
        int limit = end < 0 ? html.length() : end;
        int i = from;
        if (i < limit && html.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < limit && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
            i++;
        }
        return html.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** Decodes {@code &name;}, {@code &#233;} and {@code &#xE9;}; an unknown or malformed reference stays as written. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i + 1) : -1;
            if (semicolon < 0 || semicolon - i > 12) {
                out.append(c);
                i++;
                continue;
            }
            String decoded = decodeReference(text.substring(i + 1, semicolon));
            if (decoded == null) {
                out.append(c);
                i++;
            } else {
                out.append(decoded);
                i = semicolon + 1;
            }
        }
        return out.toString();
    }

    private static String decodeReference(String reference) {
        if (reference.isEmpty()) {
            return null;
        }
        if (reference.charAt(0) != '#') {
            return ENTITIES.get(reference);
        }
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        String digits = reference.substring(hex ? 2 : 1);
        if (digits.isEmpty()) {
            return null;
        }
        int codePoint;
        try {
            codePoint = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            // What browsers do: text pasted from Word carries Windows-1252 code points (&#146; is ’).
            return WINDOWS_1252.decode(ByteBuffer.wrap(new byte[] {(byte) codePoint})).toString();
        }
        if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return "\uFFFD";
        }
        return new String(Character.toChars(codePoint));
    }

    private static String collapseWhitespace(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
