package io.cloudsync.hub.marketsync.mapping;

import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.CANCELLED;
import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.DELIVERED;
import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The mapping file's {@code orders.status} section, read by {@link MarketSyncMappingLoader}. */
class OrderStatusSectionTest {

    private static MarketSyncMapping parse(String yaml) {
        return MarketSyncMappingLoader.parse(yaml, "mapping.yaml", "");
    }

    private static MappingFileException failure(String yaml) {
        return catchThrowableOfType(MappingFileException.class, () -> parse(yaml));
    }

    @Test
    void withoutTheSectionEveryMarketGetsTheDefaultWords() {
        assertThat(parse("markets: {}\n").orderStatus()).isEqualTo(OrderStatusWords.defaults());
        assertThat(MarketSyncMapping.empty().orderStatus()).isEqualTo(OrderStatusWords.defaults());
    }

    @Test
    void theSectionOverridesWordsPerMarketAndChange() {
        MarketSyncMapping mapping = parse("""
                orders:
                  status:
                    2:
                      shipped: ready_to_ship
                    6:
                      cancelled: ""
                    4:
                      delivered:
                    31:
                      shipped: Despachado
                """);

        OrderStatusWords words = mapping.orderStatus();
        assertThat(words.word(2, SHIPPED)).contains("ready_to_ship");
        assertThat(words.word(2, DELIVERED)).as("not named: the default").contains("delivered");
        assertThat(words.word(6, CANCELLED)).as("empty: nothing sent").isEmpty();
        assertThat(words.word(4, DELIVERED)).as("no value: nothing sent").isEmpty();
        assertThat(words.word(4, CANCELLED)).contains("cancelled");
        assertThat(words.word(31, SHIPPED)).as("a market outside the table takes any word").contains("Despachado");
    }

    @Test
    void theShippedExampleOverridesLinioAndWalmart() throws java.io.IOException {
        try (java.io.InputStream in = getClass().getResourceAsStream("/mapping/marketsync-mapping.example.yaml")) {
            OrderStatusWords words = parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .orderStatus();
            assertThat(words.word(2, SHIPPED)).contains("ready_to_ship");
            assertThat(words.word(5, CANCELLED)).isEmpty();
            assertThat(words.word(1, SHIPPED)).contains("embarcados");
        }
    }

    @Test
    void everyProblemOfTheSectionIsListedWithItsLine() {
        MappingFileException failure = failure("""
                orders:
                  status:
                    1:
                      shipped: shipped
                      returned: devuelto
                    x:
                      shipped: embarcados
                    5: CANCELED
                  statuses: {}
                """);

        assertThat(failure.problems()).containsExactly(
                "line 4, orders.status.1.shipped: 'shipped' is not a status market 1 knows; use one of Pendiente,"
                        + " embarcados, entregados, or \"\" to send nothing",
                "line 5, orders.status.1.returned: is not a known key in orders.status.1; known keys: shipped,"
                        + " delivered, cancelled",
                "line 6, orders.status.x: 'x' is not a market id (a whole number above 0)",
                "line 8, orders.status.5: must be a section of 'key: value' lines, found 'CANCELED'",
                "line 9, orders.statuses: is not a known key in orders; known keys: status");
    }

    @Test
    void aWordLongerThanMarketSyncsColumnIsRefused() {
        assertThat(failure("orders:\n  status:\n    40:\n      shipped: " + "x".repeat(31) + "\n").problems())
                .containsExactly("line 4, orders.status.40.shipped: has 31 characters; estatus holds at most 30");
    }
}
