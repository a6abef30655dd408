package io.cloudsync.hub.sandbox.store.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter grammar of PrestaShop's SQLUtils::getSQLRetrieveFilter. */
class FilterConditionTest {

    @Test
    void bracketFormsBecomeTheirConditions() {
        assertThat(FilterCondition.parse("[1|2|3]")).isEqualTo(new FilterCondition.AnyOf(List.of("1", "2", "3")));
        assertThat(FilterCondition.parse("[5]")).isEqualTo(new FilterCondition.AnyOf(List.of("5")));
        assertThat(FilterCondition.parse("5")).isEqualTo(new FilterCondition.AnyOf(List.of("5")));
        assertThat(FilterCondition.parse("[2024-01-02 00:00:00,2024-01-01 10:00:00]"))
                .isEqualTo(new FilterCondition.Between("2024-01-01 10:00:00", "2024-01-02 00:00:00"));
        assertThat(FilterCondition.parse("[10,9]")).isEqualTo(new FilterCondition.Between("9", "10"));
        assertThat(FilterCondition.parse(">[3]")).isEqualTo(new FilterCondition.Greater("3"));
        assertThat(FilterCondition.parse("<[3]")).isEqualTo(new FilterCondition.Less("3"));
        assertThat(FilterCondition.parse("![1|2]")).isEqualTo(new FilterCondition.NoneOf(List.of("1", "2")));
        assertThat(FilterCondition.parse(">=[3]")).isInstanceOf(FilterCondition.Ignored.class);
    }

    @Test
    void anIntervalNeedsNumericOrDateBoundsElseItIsAnEquality() {
        assertThat(FilterCondition.parse("[2024-01-01T00:00:00,2024-02-01T00:00:00]"))
                .isEqualTo(new FilterCondition.AnyOf(List.of("2024-01-01T00:00:00,2024-02-01T00:00:00")));
        assertThat(FilterCondition.parse("[a,b]")).isEqualTo(new FilterCondition.AnyOf(List.of("a,b")));
    }

    @Test
    void likeUsesPercentAndUnderscoreAsWildcards() {
        FilterCondition.Like contains = (FilterCondition.Like) FilterCondition.parse("%[rojo]%");
        FilterCondition.Like starts = (FilterCondition.Like) FilterCondition.parse("[cam]%");
        FilterCondition.Like single = (FilterCondition.Like) FilterCondition.parse("%[r_jo]%");

        assertThat(contains.pattern().matcher("Camiseta ROJO").matches()).isTrue();
        assertThat(starts.pattern().matcher("Camiseta").matches()).isTrue();
        assertThat(starts.pattern().matcher("La camiseta").matches()).isFalse();
        assertThat(single.pattern().matcher("rojo").matches()).isTrue();
        assertThat(((FilterCondition.Like) FilterCondition.parse("%[a.b]%")).pattern().matcher("axb").matches()).isFalse();
    }
}
