package io.cloudsync.hub.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.http.TransportException;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncException;
import java.util.List;
import java.util.Map;

/** Sends one signed request ({@code GET markets}) and expects it accepted: proves URL, token and private key. */
public final class MarketSyncConnectionCheck {

    private final String url;
    private final MarketSyncClient client;

    public MarketSyncConnectionCheck(String url, MarketSyncClient client) {
        this.url = url;
        this.client = client;
    }

    public CheckResult check() {
        String subject = "MarketSync " + url;
        try {
            JsonNode markets = client.get("markets", Map.of());
            return CheckResult.passed(subject, List.of("signed request accepted",
                    markets.size() + " marketplaces listed"));
        } catch (TransportException e) {
            return CheckResult.failed(subject, List.of("cannot reach MarketSync: " + e.getMessage()));
        } catch (MarketSyncException e) {
            return CheckResult.failed(subject, List.of(e.getMessage()));
        }
    }
}
