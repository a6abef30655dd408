package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void onHandLessWhatIsPromisedOut() {
        assertThat(Availability.of(10.0, 3.0)).isEqualTo(7);
        assertThat(Availability.of(15.0, 0.0)).isEqualTo(15);
    }

    @Test
    void aFractionIsRoundedDownAndAnOversoldWarehouseShowsNothing() {
        assertThat(Availability.of(7.9, 0.0)).isEqualTo(7);
        assertThat(Availability.of(0.3 + 0.6, -0.1)).as("binary noise does not lose a unit").isEqualTo(1);
        assertThat(Availability.of(2.0, 3.0)).isZero();
    }

    @Test
    void aHugeQuantityIsCapped() {
        assertThat(Availability.of(1e12, 0)).isEqualTo(Integer.MAX_VALUE);
    }
}
