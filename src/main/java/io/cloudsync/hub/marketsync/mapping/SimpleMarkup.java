package io.cloudsync.hub.marketsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link HtmlText}'s fast reading of the markup most descriptions hold (paragraphs, lists, headings, bold, links,
 * a few common character references), without jsoup's parse: the lines jsoup would give, or {@code null} when the
 * HTML has anything where the browser's tree building could move text or close elements on its own (a tag outside
 * the small set below, a mis-nested or stray end tag, a block opened inside a paragraph, a list item opened inside
 * another, a comment, an unknown reference…), so that jsoup reads it instead. Only a well-nested document whose
 * elements close exactly where they are written takes this path: there, jsoup's tree is the tags as written.
 */
final class SimpleMarkup {

    /** Elements the HTML parser treats as "special" (of those allowed here): they stop a list item's implied close. */
    private static final Set<String> SPECIAL = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "section", "ul");
    /** Inline elements without tree-building rules of their own beyond a formatting element's. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s",
            "small", "span", "strong", "sub", "sup", "u");
    /** Start tags that close an open {@code <p>} first. */
    private static final Set<String> CLOSES_PARAGRAPH = Set.of("address", "article", "aside", "blockquote", "dd",
            "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "section", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Map<String, Character> REFERENCES = Map.of("amp", '&', "lt", '<', "gt", '>', "quot", '"',
            "nbsp", '\u00A0');

    private final String html;
    private final StringBuilder out;
    private final List<String> open = new ArrayList<>();
    private int at;

    private SimpleMarkup(String html) {
        this.html = html;
        this.out = new StringBuilder(html.length());
    }

    /** The lines, or {@code null} when only jsoup can tell them. */
    static List<String> lines(String html) {
        SimpleMarkup reading = new SimpleMarkup(html);
        return reading.read() ? HtmlText.splitLines(reading.out) : null;
    }

    private boolean read() {
        int textStart = 0;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c != '<' && c != '&') {
                if (c == '\0') {
                    return false;
                }
                at++;
                continue;
            }
            HtmlText.appendText(out, html.substring(textStart, at));
            if (!(c == '<' ? tag() : reference())) {
                return false;
            }
            textStart = at;
        }
        HtmlText.appendText(out, html.substring(textStart));
        return true;
    }

    private boolean reference() {
        int semicolon = html.indexOf(';', at + 1);
        if (semicolon < 0 || semicolon - at > 5) {
            return false;
        }
        Character character = REFERENCES.get(html.substring(at + 1, semicolon));
        if (character == null) {
            return false;
        }
        out.append(character.charValue());
        at = semicolon + 1;
        return true;
    }

    private boolean tag() {
        int i = at + 1;
        boolean end = i < html.length() && html.charAt(i) == '/';
        if (end) {
            i++;
        }
        int nameStart = i;
        while (i < html.length() && isAsciiLetterOrDigit(html.charAt(i))) {
            i++;
        }
        if (i == nameStart || !isAsciiLetter(html.charAt(nameStart)) || i == html.length()) {
            return false;
        }
        String name = html.substring(nameStart, i).toLowerCase(java.util.Locale.ROOT);
        char after = html.charAt(i);
        if (!isSpace(after) && after != '/' && after != '>') {
            return false;
        }
        i = end ? endOfEndTag(i) : endOfAttributes(i);
        if (i < 0) {
            return false;
        }
        at = i;
        return end ? close(name) : open(name);
    }

    /** After an end tag's name: only spaces, then {@code >}. */
    private int endOfEndTag(int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i < html.length() && html.charAt(i) == '>' ? i + 1 : -1;
    }

    /** Past the {@code >} that ends a start tag's attributes; -1 for anything but plain name=value attributes. */
    private int endOfAttributes(int i) {
        while (true) {
            while (i < html.length() && (isSpace(html.charAt(i)) || html.charAt(i) == '/')) {
                i++;
            }
            if (i >= html.length()) {
                return -1;
            }
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '=' || c == '"' || c == '\'' || c == '<') {
                return -1;
            }
            while (i < html.length() && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                if ("\"'<".indexOf(html.charAt(i)) >= 0) {
                    return -1;
                }
                i++;
            }
            while (i < html.length() && isSpace(html.charAt(i))) {
                i++;
            }
            if (i < html.length() && html.charAt(i) == '=') {
                i = endOfValue(i + 1);
                if (i < 0) {
                    return -1;
                }
            }
        }
    }

    private int endOfValue(int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        if (i >= html.length()) {
            return -1;
        }
        char quote = html.charAt(i);
        if (quote == '"' || quote == '\'') {
            int close = html.indexOf(quote, i + 1);
            if (close < 0 || close + 1 >= html.length()) {
                return -1;
            }
            char next = html.charAt(close + 1);
            return isSpace(next) || next == '/' || next == '>' ? close + 1 : -1;
        }
        while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
            if ("\"'<=`".indexOf(html.charAt(i)) >= 0) {
                return -1;
            }
            i++;
        }
        return i > 0 && html.charAt(i - 1) != '=' ? i : -1;
    }

    private boolean open(String name) {
        boolean inline = INLINE.contains(name);
        if (!inline && !SPECIAL.contains(name)) {
            return false;
        }
        if (CLOSES_PARAGRAPH.contains(name) && open.contains("p")) {
            return false;
        }
        if (HEADINGS.contains(name) && !open.isEmpty() && HEADINGS.contains(open.get(open.size() - 1))) {
            return false;
        }
        if ((name.equals("li") || name.equals("dd") || name.equals("dt")) && closesAnItem(name)) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        if (!inline) {
            out.append('\n');
        }
        if (!name.equals("br") && !name.equals("hr")) {
            open.add(name);
        }
        return true;
    }

    /** Whether jsoup would close an open list item (or definition) before this one, as HTML's tree building does. */
    private boolean closesAnItem(String name) {
        for (int i = open.size() - 1; i >= 0; i--) {
            String element = open.get(i);
            boolean item = name.equals("li") ? element.equals("li") : element.equals("dd") || element.equals("dt");
            if (item) {
                return true;
            }
            if (SPECIAL.contains(element) && !element.equals("address") && !element.equals("div")
                    && !element.equals("p")) {
                return false;
            }
        }
        return false;
    }

    private boolean close(String name) {
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
            return false;
        }
        open.remove(open.size() - 1);
        if (HtmlText.isBlock(name)) {
            out.append('\n');
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
