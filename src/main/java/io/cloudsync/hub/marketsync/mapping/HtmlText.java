package io.cloudsync.hub.marketsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of the HTML a store keeps in its descriptions, read by jsoup as a browser reads it (character
 * references, Windows-1252 code points from Word, a {@code <} that starts no tag, quoted {@code >} in attributes):
 * block tags become line breaks (line breaks in the source are only whitespace), table cells spaces, other tags
 * vanish (so {@code <b>Al</b>godón} stays one word), scripts, styles, templates and comments are dropped with their
 * content, and whitespace (non-breaking spaces included) is collapsed.
 */
public final class HtmlText {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr",
            "ul");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");
    private static final String DROPPED_WITH_CONTENT = "script, style, template";
    /** Whitespace as {@link Character#isWhitespace} or {@link Character#isSpaceChar} count it. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\x1C-\\x1F]+");
    private static final char SOFT_HYPHEN = '\u00AD';

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
        if (isPlainText(html)) {
            if (isOneCleanLine(html)) {
                return List.of(html); // what the collapsing below would give back unchanged
            }
            // Most names and feature values hold no markup: jsoup would give the text back as it is, one line, at
            // the cost of a parse (in the profile of a full sync, parsing plain text was most of the hub's HtmlText time)
            StringBuilder text = new StringBuilder(html.length());
            appendText(text, html);
            String collapsed = WHITESPACE.matcher(text).replaceAll(" ").trim();
            return collapsed.isEmpty() ? List.of() : List.of(collapsed);
        }
        List<String> simple = SimpleMarkup.lines(html);
        return simple != null ? simple : parsedLines(html);
    }

    /** The lines as jsoup reads the HTML (package-private: the tests hold the faster paths to it). */
    static List<String> parsedLines(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(DROPPED_WITH_CONTENT).remove();
        StringBuilder text = new StringBuilder(html.length());
        body.traverse(new Flattener(text));
        return splitLines(text);
    }

    /** The flattened text's lines, whitespace collapsed, empty ones dropped. */
    static List<String> splitLines(CharSequence text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n", -1)) {
            String collapsed = WHITESPACE.matcher(line).replaceAll(" ").trim();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }

    /** Text as the flattened output holds it: source line breaks as spaces, lone surrogates replaced, soft hyphens gone. */
    static void appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n' || codePoint == '\r') {
                out.append(' ');
            } else if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                // jsoup passes &#xD800; through as a lone surrogate; HTML (and UTF-8) make it U+FFFD
                out.append('\uFFFD');
            } else if (codePoint != SOFT_HYPHEN) {
                out.appendCodePoint(codePoint);
            }
        }
    }

    static boolean isBlock(String tagName) {
        return BLOCK_TAGS.contains(tagName);
    }

    /**
     * Text that flattening and collapsing leave as it is: no control character, line break, soft hyphen,
     * surrogate or Unicode separator, and only single ASCII spaces between words.
     */
    private static boolean isOneCleanLine(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == SOFT_HYPHEN || (c == ' ' && previous == ' ')) {
                return false;
            }
            if (c >= 0x80 && (Character.isSurrogate(c) || isSeparator(c))) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    private static boolean isSeparator(char c) {
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** No tag, character reference or NUL: nothing jsoup would read differently from the characters themselves. */
    static boolean isPlainText(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' || c == '&' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    /** Text nodes as they are (source line breaks as spaces), a line break around blocks, a space around cells. */
    private record Flattener(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else {
                separate(node);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            separate(node);
        }

        void appendText(String text) {
            HtmlText.appendText(out, text);
        }

        private void separate(Node node) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (BLOCK_TAGS.contains(name)) {
                    out.append('\n');
                } else if (CELL_TAGS.contains(name)) {
                    out.append(' ');
                }
            }
        }
    }
}
