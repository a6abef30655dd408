package io.cloudsync.hub.marketsync.mapping;

import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.CANCELLED;
import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.DELIVERED;
import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.OrderStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStatusWordsTest {

    private final OrderStatusWords defaults = OrderStatusWords.defaults();

    @ParameterizedTest(name = "market {0}: {1} -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "1 | SHIPPED   | embarcados",
            "1 | DELIVERED | entregados",
            "1 | CANCELLED | ",
            "2 | SHIPPED   | shipped",
            "2 | DELIVERED | delivered",
            "2 | CANCELLED | canceled",
            "4 | SHIPPED   | ",
            "4 | DELIVERED | delivered",
            "4 | CANCELLED | cancelled",
            "5 | SHIPPED   | ",
            "5 | DELIVERED | ",
            "5 | CANCELLED | CANCELED",
            "6 | SHIPPED   | Shipped",
            "6 | DELIVERED | ",
            "6 | CANCELLED | Canceled",
            "8 | SHIPPED   | ",
            "8 | DELIVERED | ",
            "8 | CANCELLED | voided",
            "99 | SHIPPED  | "})
    void everyMarketOfTheTableGetsItsOwnWordOrNothing(long market, OrderStatusChange change, String word) {
        assertThat(defaults.word(market, change)).isEqualTo(Optional.ofNullable(word));
    }

    @Test
    void everyDefaultWordIsOneItsMarketKnows() {
        defaults.words().forEach((market, words) -> assertThat(OrderStatusWords.KNOWN_WORDS.get(market))
                .as("market %d", market).containsAll(words.values()));
    }

    @Test
    void anOverrideReplacesOneWordKeepsTheOthersAndAnEmptyWordSendsNothing() {
        OrderStatusWords words = defaults.overriddenBy(Map.of(
                2L, Map.of(SHIPPED, "ready_to_ship"),
                6L, Map.of(CANCELLED, ""),
                12L, Map.of(DELIVERED, "Entregado")));

        assertThat(words.word(2, SHIPPED)).contains("ready_to_ship");
        assertThat(words.word(2, DELIVERED)).contains("delivered");
        assertThat(words.word(6, CANCELLED)).isEmpty();
        assertThat(words.word(6, SHIPPED)).contains("Shipped");
        assertThat(words.word(12, DELIVERED)).contains("Entregado");
        assertThat(defaults.word(6, CANCELLED)).as("the defaults stay as they are").contains("Canceled");
    }

    @Test
    void theChangesAnOrderReachedFollowItsStatesShippedFlagAndTheShopsDeliveredAndCancelledStates() {
        assertThat(OrderStatusChange.reached(state(2, false, false, false), 5)).as("paid").isEmpty();
        assertThat(OrderStatusChange.reached(state(3, false, true, false), 5))
                .as("processing: PrestaShop's delivery flag only means a delivery slip").isEmpty();
        assertThat(OrderStatusChange.reached(state(4, true, true, false), 5)).containsExactly(SHIPPED);
        assertThat(OrderStatusChange.reached(state(5, true, true, false), 5)).as("delivered was shipped too")
                .containsExactly(SHIPPED, DELIVERED);
        assertThat(OrderStatusChange.reached(state(21, true, false, false), 21)).as("the shop's own delivered state")
                .containsExactly(SHIPPED, DELIVERED);
        assertThat(OrderStatusChange.reached(state(6, false, false, true), 5)).containsExactly(CANCELLED);
    }

    @Test
    void changesHaveTheKeysOfTheMappingFile() {
        assertThat(SHIPPED.key()).isEqualTo("shipped");
        assertThat(OrderStatusChange.ofKey("cancelled")).contains(CANCELLED);
        assertThat(OrderStatusChange.ofKey("canceled")).isEmpty();
    }

    private static OrderStatus state(long id, boolean shipped, boolean deliveryFlag, boolean cancelled) {
        return new OrderStatus(id, "state", !cancelled, shipped, deliveryFlag, cancelled, false, false);
    }
}
