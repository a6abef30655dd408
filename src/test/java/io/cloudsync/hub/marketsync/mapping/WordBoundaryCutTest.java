package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordBoundaryCutTest {

    @Test
    void aTextThatFitsIsUntouched() {
        assertThat(WordBoundaryCut.cut("Camiseta de lino", 16)).isEqualTo("Camiseta de lino");
    }

    @Test
    void cutsAtTheLastSpaceInsteadOfInsideAWord() {
        assertThat(WordBoundaryCut.cut("Camiseta de lino para mujer", 14)).isEqualTo("Camiseta de");
    }

    @Test
    void keepsAWordThatEndsExactlyAtTheLimit() {
        assertThat(WordBoundaryCut.cut("Camiseta de lino para mujer", 16)).isEqualTo("Camiseta de lino");
    }

    @Test
    void danglingSeparatorsAreTidiedButSentenceEndsKept() {
        assertThat(WordBoundaryCut.cut("Fresca, ligera; cómoda y bonita", 16)).isEqualTo("Fresca, ligera");
        assertThat(WordBoundaryCut.cut("Camiseta - lino (100%) verano", 12)).isEqualTo("Camiseta");
        assertThat(WordBoundaryCut.cut("Fresca. Ligera y bonita", 10)).isEqualTo("Fresca.");
    }

    @Test
    void commasAreBoundariesForKeywordLists() {
        assertThat(WordBoundaryCut.cut("camiseta,lino,verano,mujer", 17)).isEqualTo("camiseta,lino");
    }

    @Test
    void aSingleWordLongerThanTheColumnIsCutInsideTheWord() {
        assertThat(WordBoundaryCut.cut("Supercalifragilisticoespialidoso", 10)).isEqualTo("Supercalif");
    }

    @Test
    void countsCharactersNotUtf16UnitsAndNeverSplitsASurrogatePair() {
        String text = "Playera 😀😀😀 verano";

        assertThat(WordBoundaryCut.length(text)).isEqualTo(18);
        assertThat(WordBoundaryCut.cut("😀😀😀😀", 3)).isEqualTo("😀😀😀");
    }

    @Test
    void accentedWordsAreWordsToo() {
        assertThat(WordBoundaryCut.cut("Algodón orgánico", 12)).isEqualTo("Algodón");
    }
}
