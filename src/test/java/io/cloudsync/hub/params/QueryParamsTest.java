package io.cloudsync.hub.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void valuesAreReadTypedAndBlanksAreAbsent() {
        Map<String, String> values = new HashMap<>(Map.of("limit", " 20 ", "group_by", "WEEK", "product_ids", "3, 17,3",
                "segment", " "));
        values.put("nothing", null);
        QueryParams params = QueryParams.of(values);

        assertThat(params.integer("limit", 100, 1, 1000)).isEqualTo(20);
        assertThat(params.integer("period_days", 30, 1, 10)).isEqualTo(30);
        assertThat(params.oneOf("group_by", "day", Set.of("day", "week"))).isEqualTo("week");
        assertThat(params.ids("product_ids", 10)).containsExactly(3L, 17L);
        assertThat(params.text("segment")).isEmpty();
        assertThat(params.text("nothing")).isEmpty();
    }

    @Test
    void aValueThatDoesNotFitNamesItsParameter() {
        QueryParams params = QueryParams.of(Map.of("limit", "2000", "ids", "1,2,3", "when", "x"));

        assertThatThrownBy(() -> params.integer("limit", 100, 1, 1000))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("limit");
                    assertThat(e.getMessage()).isEqualTo("limit must be a whole number from 1 to 1000, got '2000'");
                });
        assertThatThrownBy(() -> params.ids("ids", 2)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at most 2");
        assertThatThrownBy(() -> params.oneOf("when", "a", Set.of("a", "b"))).hasMessageContaining("one of a, b");
    }

    @Test
    void numbersThatWouldWrapAreRefusedNotTruncated() {
        for (String huge : new String[] {"18446744073709551656", "9223372036854775808", "4294967336", "-1", "1e400",
                "40.0"}) {
            QueryParams params = QueryParams.of(Map.of("limit", huge, "product_ids", "3," + huge));

            assertThatThrownBy(() -> params.integer("limit", 100, 1, 1000)).as(huge)
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo("limit"));
            if (!huge.equals("4294967336")) {
                // a long id, not a wrap: ids are longs
                assertThatThrownBy(() -> params.ids("product_ids", 10)).as(huge)
                        .isInstanceOfSatisfying(InvalidParameterException.class,
                                e -> assertThat(e.parameter()).isEqualTo("product_ids"));
            }
        }
    }
}
