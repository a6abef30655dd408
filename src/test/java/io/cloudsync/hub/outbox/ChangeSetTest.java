package io.cloudsync.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.model.CanonicalJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    private final ChangeSet set = new ChangeSet(12, "products", List.of("1", "2", "3", "4", "5"));

    @Test
    void slicesKeepTheOrderTheIdAndTheEntity() {
        assertThat(set.slices(2)).containsExactly(new ChangeSet(12, "products", List.of("1", "2")),
                new ChangeSet(12, "products", List.of("3", "4")), new ChangeSet(12, "products", List.of("5")));
        assertThat(set.slices(5)).containsExactly(set);
        assertThat(set.slices(500)).containsExactly(set);
        assertThat(new ChangeSet(3, "stock", List.of()).slices(2)).singleElement()
                .satisfies(slice -> assertThat(slice.isEmpty()).isTrue());
        assertThatThrownBy(() -> set.slices(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyIsTheOutboxRowOrNewEveryTime() {
        assertThat(set.key()).isEqualTo("products:12");
        ChangeSet replayed = new ChangeSet(0, "products", List.of("1"));
        assertThat(replayed.key()).startsWith("products:once:").isNotEqualTo(replayed.key());
    }

    @Test
    void aReplayedLetterCarriesItsSetAsJson() throws Exception {
        assertThat(ChangeSet.of("{\"entity\":\"stock\",\"storeIds\":[\"7\",\"9\"]}", CanonicalJson.mapper(), null))
                .isEqualTo(new ChangeSet(0, "stock", List.of("7", "9")));
        assertThat(ChangeSet.of("{\"storeIds\":[\"7\"]}", CanonicalJson.mapper(), "products").entity())
                .isEqualTo("products");
        assertThatThrownBy(() -> ChangeSet.of("{\"entity\":\"stock\"}", CanonicalJson.mapper(), null))
                .hasMessageContaining("not a change set");
    }
}
