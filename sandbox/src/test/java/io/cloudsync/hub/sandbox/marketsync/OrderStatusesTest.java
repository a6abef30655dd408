package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.catalogue.OrderStatuses;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A market's status words: exact comparison, its cancellation words, the web store speaking E-Commerce's. */
class OrderStatusesTest {

    @Test
    void wordsAreKnownExactlyAsWritten() {
        OrderStatuses amazon = Catalogue.bundled().statuses(Items.AMAZON).orElseThrow();

        assertThat(amazon.knows("Shipped")).isTrue();
        assertThat(amazon.knows("shipped")).isFalse();
        assertThat(amazon.cancels("Canceled")).isTrue();
        assertThat(amazon.cancellation()).contains("Canceled");
    }

    @Test
    void claroHasNoCancellationWordAndTheWebStoreSpeaksECommerces() {
        assertThat(Catalogue.bundled().statuses(1).orElseThrow().cancellation()).isEmpty();
        assertThat(Catalogue.bundled().statuses(0)).isEqualTo(Catalogue.bundled().statuses(8));
        assertThat(Catalogue.bundled().statuses(3)).isEmpty();
    }

    @Test
    void theFirstWordAndTheCancellationsMustBeWordsOfTheMarket() {
        assertThatThrownBy(() -> new OrderStatuses("paid", List.of("delivered"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderStatuses("paid", List.of("paid"), List.of("cancelled")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
