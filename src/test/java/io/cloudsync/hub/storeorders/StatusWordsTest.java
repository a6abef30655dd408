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

    @Test
    void aWordWrittenWithAMarketIdMeansItOnThatMarketOnly() {
        StatusWords byMarket = StatusWords.of("failed, 2 : Returned", "5:WAITING ACCEPTANCE,8:pending");

        assertThat(byMarket.meaning(8, "Pending")).as("the web store: not paid").isEqualTo(StatusWords.Meaning.UNPAID);
        assertThat(byMarket.meaning(2, "pending")).as("Linio: a sale to prepare").isEqualTo(StatusWords.Meaning.SALE);
        assertThat(byMarket.meaning(5, "waiting acceptance")).isEqualTo(StatusWords.Meaning.UNPAID);
        assertThat(byMarket.meaning(2, "returned")).isEqualTo(StatusWords.Meaning.CANCELLED);
        assertThat(byMarket.meaning(4, "returned")).isEqualTo(StatusWords.Meaning.SALE);
        assertThat(byMarket.meaning(2, "failed")).as("a word for every market")
                .isEqualTo(StatusWords.Meaning.CANCELLED);
        assertThat(byMarket.meaning("pending")).as("no market: only the words of every market")
                .isEqualTo(StatusWords.Meaning.SALE);
    }
}
