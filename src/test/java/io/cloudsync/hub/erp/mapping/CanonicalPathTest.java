package io.cloudsync.hub.erp.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.model.Prices;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalPathTest {

    private final Variation variation = new Variation(4, "TS-S", "8412345678905", true, List.of(
            new Variation.Attribute("Size", "S", false)), new Prices(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN),
            List.of(), null);

    @Test
    void aPathFollowsRecordsAndListItemsToAValue() {
        CanonicalPath size = CanonicalPath.compile("attributes[0].value", Variation.class);
        CanonicalPath price = CanonicalPath.compile("prices.listPrice", Variation.class);

        assertThat(size.valueOf(variation)).isEqualTo("S");
        assertThat(size.type()).isEqualTo(String.class);
        assertThat(price.valueOf(variation)).isEqualTo(new BigDecimal("10.00"));
        assertThat(CanonicalPath.compile("attributes[1].value", Variation.class).valueOf(variation))
                .as("past the list's end").isNull();
        assertThat(CanonicalPath.compile("wholesalePrice", Variation.class).valueOf(variation)).isNull();
    }

    @Test
    void aPathThatEndsAtAGroupOrAListOrNamesNoFieldIsRefusedSayingWhy() {
        assertThatThrownBy(() -> CanonicalPath.compile("prices", Variation.class))
                .hasMessage("'prices' names a group of fields; add one of them: taxExcluded, listPrice, finalPrice");
        assertThatThrownBy(() -> CanonicalPath.compile("imageUrls", Variation.class))
                .hasMessageContaining("imageUrls is a list; name one of its items, e.g. imageUrls[0]");
        assertThatThrownBy(() -> CanonicalPath.compile("ean13.code", Variation.class))
                .hasMessageContaining("ean13 is a value, not a group of fields");
        assertThatThrownBy(() -> CanonicalPath.compile("ean13[0]", Variation.class))
                .hasMessageContaining("ean13 is not a list");
        assertThatThrownBy(() -> CanonicalPath.compile("prices..x", Variation.class))
                .hasMessageContaining("is not a path");
    }
}
