package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderNamedParametersTest {

    @Test
    void headersTheHubReadsAreRefusedInAnyCase() {
        for (String name : List.of("Authorization", "authorization", "AUTHORIZATION", "HubClientId", "hubremoteaddress",
                "Content-Type", "CamelHttpPath", "camelHttpResponseCode", "org.apache.camel.x", "HubSink",
                "X-Forwarded-For", "Cookie")) {
            assertThat(HeaderNamedParameters.isHeaderName(name)).as(name).isTrue();
        }
    }

    @Test
    void theApisOwnParametersPass() {
        assertThat(HeaderNamedParameters.first(List.of("last_sync", "cursor", "limit", "group_by", "start_date",
                "end_date", "product_ids", "period_days", "segment", "format", "sink", "route", "status", "older_than",
                "newer_than", "type", "id"))).isEmpty();
        assertThat(HeaderNamedParameters.first(List.of("limit", "Authorization", "HubClientId"))).hasValue("Authorization");
    }
}
