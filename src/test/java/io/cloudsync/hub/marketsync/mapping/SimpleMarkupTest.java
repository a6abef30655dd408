package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of simple markup gives jsoup's lines, or leaves the HTML to jsoup. */
class SimpleMarkupTest {

    private static final String[] TAGS = {"p", "br", "hr", "ul", "ol", "li", "div", "h2", "h3", "dl", "dd", "dt",
        "b", "strong", "em", "i", "u", "span", "a", "small", "sup", "section", "blockquote", "P", "LI", "table",
        "tr", "td", "pre", "script", "font", "img"};
    private static final String[] TEXTS = {"Algodón", " ", "\n", "  ", "suave", "\u00A0", "a\u00ADb", "x > y",
        "100 %", "\t", "\r\n", "€ 5", "&amp;", "&nbsp;", "&lt;b&gt;", "&quot;", "&aacute;", "&#233;", "&", "< 3",
        "\uD83D\uDC4D", "<!-- c -->", "Ñandú", "\"", "'", "/", "="};
    private static final String[] ATTRIBUTES = {"", " class=\"x\"", " style='color: red'", " title=\"a > b\"",
        " href=https://shop.example/x", " data-x", " class=\"a\"id=\"b\"", " =x", " a=\"open", "/", " / "};

    @Test
    void aDescriptionWithParagraphsListsAndBoldIsReadWithoutJsoupAsJsoupReadsIt() {
        String html = "<p><strong>Chaqueta de lana</strong>: cómoda &amp; duradera.</p><ul><li>Composición: Lana"
                + "</li><li>Lavar a 30&nbsp;°C</li></ul><p class=\"nota\">Hecho en <a href=\"https://x.example/a?b=1&c=2\">"
                + "Portugal</a></p>";
        assertThat(SimpleMarkup.lines(html)).isNotNull().isEqualTo(HtmlText.parsedLines(html))
                .containsExactly("Chaqueta de lana: cómoda & duradera.", "Composición: Lana", "Lavar a 30 °C",
                        "Hecho en Portugal");
    }

    @Test
    void markupWhoseTreeBuildingMovesOrClosesThingsIsLeftToJsoup() {
        for (String html : List.of("a</div>b", "<li>a<li>b</li>c</li>d", "<p>a<div>b</div></p>", "<b><p>x</b>y</p>",
                "<table>x<tr><td>y</td></tr></table>", "<p>a<!-- b -->c</p>", "<p>&eacute;</p>", "<a>x<a>y</a></a>",
                "<h2>a<h3>b</h3></h2>", "<script>x</script>")) {
            assertThat(SimpleMarkup.lines(html)).as(html).isNull();
        }
    }

    @Test
    void randomMarkupIsEitherReadAsJsoupReadsItOrLeftToJsoup() {
        Random random = new Random(20261207);
        int read = 0;
        int cases = 20_000;
        for (int n = 0; n < cases; n++) {
            String html = randomHtml(random);
            List<String> fast = SimpleMarkup.lines(html);
            if (fast != null) {
                read++;
                assertThat(fast).as(html).isEqualTo(HtmlText.parsedLines(html));
            }
        }
        assertThat(read).as("cases the fast path read").isGreaterThan(cases / 10);
    }

    private static String randomHtml(Random random) {
        StringBuilder html = new StringBuilder();
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int parts = 1 + random.nextInt(12);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                html.append(TEXTS[random.nextInt(random.nextInt(3) == 0 ? TEXTS.length : 12)]);
            } else if (kind < 7) {
                String tag = TAGS[random.nextInt(random.nextInt(3) == 0 ? TAGS.length : 24)];
                String attributes = random.nextInt(4) == 0 ? ATTRIBUTES[random.nextInt(ATTRIBUTES.length)] : "";
                html.append('<').append(tag).append(attributes).append('>');
                open.push(tag);
            } else if (!open.isEmpty() && random.nextInt(5) != 0) {
                html.append("</").append(open.pop()).append('>');
            } else {
                html.append("</").append(TAGS[random.nextInt(24)]).append('>');
            }
        }
        while (!open.isEmpty() && random.nextBoolean()) {
            html.append("</").append(open.pop()).append('>');
        }
        return html.toString();
    }
}
