package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusWordsTest {

    private final StatusWords words = StatusWords.of("cancelled, canceled,REFUSED,voided", "Pendiente,pending,WAITING ACCEPTANCE");

    @Test
    void everyMarketsWordForCancelledIsCancelled() {
        for (String status : new String[] {"cancelled", "canceled", "Canceled", "CANCELED", "REFUSED", "voided"}) {
            assertThat(words.meaning(status)).as(status).isEqualTo(StatusWords.Meaning.CANCELLED);
        }
    }

    @Test
    void unpaidWordsWaitAndTheRestAreSales() {
        assertThat(words.meaning("Pendiente")).isEqualTo(StatusWords.Meaning.UNPAID);
        assertThat(words.meaning(" waiting   acceptance ")).isEqualTo(StatusWords.Meaning.UNPAID);
        assertThat(words.meaning("paid")).isEqualTo(StatusWords.Meaning.SALE);
        assertThat(words.meaning("Unshipped")).isEqualTo(StatusWords.Meaning.SALE);
        assertThat(words.meaning(null)).isEqualTo(StatusWords.Meaning.SALE);
    }
}
