package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PrestaShop's stock rules for a state change, on the default installation's states. */
class OrderStockTest {

    private static final List<OrderState> STATES = OrderStates.all(ShopLanguages.of(List.of("es", "en")));

    private static int movement(int from, int to) {
        return OrderStock.movement(state(from), state(to));
    }

    private static OrderState state(int id) {
        return STATES.stream().filter(state -> state.id() == id).findFirst().orElseThrow();
    }

    @Test
    void cancellingGivesTheLinesBackFromAPaidOrAnUnpaidState() {
        assertThat(movement(OrderStates.REMOTE_PAYMENT_ACCEPTED, OrderStates.CANCELED)).isEqualTo(1);
        assertThat(movement(OrderStates.SHIPPED, OrderStates.CANCELED)).isEqualTo(1);
        assertThat(movement(OrderStates.AWAITING_BANK_WIRE, OrderStates.CANCELED)).isEqualTo(1);
    }

    @Test
    void leavingPaymentErrorOrCanceledForAPaidStateTakesThemAgain() {
        assertThat(movement(OrderStates.PAYMENT_ERROR, OrderStates.PAYMENT_ACCEPTED)).isEqualTo(-1);
        assertThat(movement(OrderStates.CANCELED, OrderStates.PAYMENT_ACCEPTED)).isEqualTo(-1);
    }

    @Test
    void otherChangesLeaveStockAlone() {
        assertThat(movement(OrderStates.PAYMENT_ACCEPTED, OrderStates.SHIPPED)).isZero();
        assertThat(movement(OrderStates.SHIPPED, OrderStates.DELIVERED)).isZero();
        assertThat(movement(OrderStates.AWAITING_BANK_WIRE, OrderStates.PAYMENT_ACCEPTED)).isZero();
        assertThat(movement(OrderStates.PAYMENT_ERROR, OrderStates.CANCELED)).isZero();
        assertThat(movement(OrderStates.DELIVERED, OrderStates.REFUNDED)).isZero();
    }
}
