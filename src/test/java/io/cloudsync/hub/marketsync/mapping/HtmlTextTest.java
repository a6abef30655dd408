package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void plainTextReadsAsJsoupReadsIt() {
        for (String plain : new String[] {"Camiseta Mistral", "  two\n lines\r\nand\ttabs  ", "a\u00A0b\u2003c",
                "soft\u00ADhyphen", "emoji \uD83D\uDC55 shirt", "lone \uD800 surrogate", "\u001Cseparators\u001F",
                "> quoted \"text\" 'and' 100%", " ", "\n\n"}) {
            assertThat(HtmlText.isPlainText(plain)).as(plain).isTrue();
            assertThat(String.join(" ", HtmlText.parsedLines(plain))).as(plain).isEqualTo(HtmlText.toLine(plain));
            assertThat(String.join("\n", HtmlText.parsedLines(plain))).as(plain).isEqualTo(HtmlText.toText(plain));
        }
        assertThat(HtmlText.isPlainText("a &amp; b")).isFalse();
        assertThat(HtmlText.isPlainText("a <b>b</b>")).isFalse();
    }

    @Test
    void blockTagsBecomeLinesAndInlineTagsVanish() {
        String html = "<h2>Camiseta de lino</h2><p>Fresca y <strong>ligera</strong>,<br>ideal para el"
                + " verano.</p><ul><li>100% lino</li><li>Corte recto</li></ul>";

        assertThat(HtmlText.toText(html))
                .isEqualTo("Camiseta de lino\nFresca y ligera,\nideal para el verano.\n100% lino\nCorte recto");
        assertThat(HtmlText.toLine(html))
                .isEqualTo("Camiseta de lino Fresca y ligera, ideal para el verano. 100% lino Corte recto");
    }

    @Test
    void anInlineTagInsideAWordKeepsTheWordWhole() {
        assertThat(HtmlText.toText("<b>Al</b>god<i>ón</i> peinado")).isEqualTo("Algodón peinado");
    }

    @Test
    void tableCellsAreSeparatedBySpaces() {
        assertThat(HtmlText.toText("<table><tr><td>Talla</td><td>S</td></tr><tr><th>Largo</th><td>68 cm</td></tr></table>"))
                .isEqualTo("Talla S\nLargo 68 cm");
    }

    @Test
    void namedDecimalAndHexEntitiesAreDecoded() {
        assertThat(HtmlText.toText("Algod&oacute;n &amp; lino &ndash; &#8220;fresca&#8221; &#xE9;l &#XF1; &euro;99"))
                .isEqualTo("Algodón & lino – “fresca” él ñ €99");
    }

    @Test
    void windowsQuotesPastedFromWordAreDecodedAsBrowsersDo() {
        assertThat(HtmlText.toText("It&#146;s &#147;new&#148;")).isEqualTo("It’s “new”");
    }

    @Test
    void entitiesAreDecodedOnceSoEscapedMarkupStaysText() {
        assertThat(HtmlText.toText("&lt;b&gt;no es etiqueta&lt;/b&gt; y &amp;lt; queda")).isEqualTo("<b>no es etiqueta</b> y &lt; queda");
    }

    @Test
    void unknownOrMalformedReferencesStayAsWritten() {
        assertThat(HtmlText.toText("Tom &unknown; &# &#xZZ; H&M")).isEqualTo("Tom &unknown; &# &#xZZ; H&M");
    }

    @Test
    void invalidCodePointsBecomeTheReplacementCharacter() {
        assertThat(HtmlText.toText("a&#0;b&#xD800;c&#1114112;")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    }

    @Test
    void charactersBeyondTheBasicPlaneStayWholeAndSoftHyphensVanish() {
        assertThat(HtmlText.toText("Camiseta \uD83D\uDC55 &#x1F455; al&shy;god\u00ADón")).isEqualTo("Camiseta \uD83D\uDC55 \uD83D\uDC55 algodón");
    }

    @Test
    void whitespaceIncludingNonBreakingSpacesIsCollapsedAndEmptyLinesDropped() {
        assertThat(HtmlText.toText("  <p>  100&nbsp;%\u00A0 lino \t\r\n  suave </p><p>   </p><div></div><p>Fin</p> "))
                .isEqualTo("100 % lino suave\nFin");
    }

    @Test
    void scriptsStylesAndCommentsAreDroppedWithTheirContent() {
        String html = "<style>p{color:red}</style><p>Visible</p><!-- nota interna --><script type=\"x\">alert('<p>')"
                + "</script><p>También</p>";

        assertThat(HtmlText.toText(html)).isEqualTo("Visible\nTambién");
    }

    @Test
    void aLessThanSignThatStartsNoTagIsText() {
        assertThat(HtmlText.toText("Talla < M y 5<6")).isEqualTo("Talla < M y 5<6");
    }

    @Test
    void quotedGreaterThanSignsInsideAttributesDoNotEndTheTag() {
        assertThat(HtmlText.toText("<a title=\"a > b\" href='x>y'>Enlace</a> fin")).isEqualTo("Enlace fin");
    }

    @Test
    void plainTextAndEmptyInputPassThrough() {
        assertThat(HtmlText.toText("Camiseta básica")).isEqualTo("Camiseta básica");
        assertThat(HtmlText.toText("")).isEmpty();
        assertThat(HtmlText.toText(null)).isEmpty();
    }
}
