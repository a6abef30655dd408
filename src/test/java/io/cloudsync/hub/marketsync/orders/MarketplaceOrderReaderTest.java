package io.cloudsync.hub.marketsync.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.model.CanonicalJson;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page of MarketSync's orders carries the time MarketSync answered, from its envelope. */
class MarketplaceOrderReaderTest {

    private String body;
    private final MarketplaceOrderReader reader = new MarketplaceOrderReader(new MarketSyncClient(
            new MarketSyncSettings("http://marketsync.test", "token", "key", null),
            new MarketSyncSigner("token", "key"), call -> new HttpResult(200, Map.of(), body),
            CanonicalJson.mapper()));

    @Test
    void aPageCarriesTheEnvelopesTimestampAsMarketSyncsClock() {
        body = "{\"answer\": [{\"id\": \"7\"}], \"timestamp\": \"2024-06-01 12:00:05\"}";

        MarketplaceOrderReader.OrderPage page = reader.fromId(6, 10);

        assertThat(page.orders()).singleElement()
                .satisfies(order -> assertThat(order.path("id").asText()).isEqualTo("7"));
        assertThat(page.answeredAt()).isEqualTo(LocalDateTime.of(2024, 6, 1, 12, 0, 5));
    }

    @Test
    void anEmptyAnswerStillTellsTheTimeAndNoTimestampTellsNone() {
        body = "{\"answer\": {\"result\": \"No data\"}, \"timestamp\": \"2024-06-01 12:00:05\"}";
        assertThat(reader.placedSince(LocalDateTime.of(2024, 5, 1, 0, 0), 0, 10))
                .isEqualTo(new MarketplaceOrderReader.OrderPage(List.of(), LocalDateTime.of(2024, 6, 1, 12, 0, 5)));

        body = "{\"answer\": []}";
        assertThat(reader.fromId(6, 10).answeredAt()).isNull();
    }
}
