package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trap 1: date_upd is the shop's wall-clock time in PS_TIMEZONE, without offset, jumping with daylight saving time. */
class ShopLocalTimeTest {

    private static StoreSandboxSettings chicago() {
        return SandboxStore.settings(20).withTimezone("America/Chicago");
    }

    private static String dateUpd(SandboxStore store, int id) {
        return store.json("/api/products/" + id + "?display=[date_upd]").path("product").path("date_upd").asText();
    }

    private static void edit(SandboxStore store, int id) {
        store.shop.editProduct(id, Map.of("wholesale_price", FieldInput.of("1.00")));
    }

    @Test
    void theWallClockRepeatsAnHourWhenDaylightSavingEnds() {
        try (SandboxStore store = new SandboxStore(chicago(), Instant.parse("2024-11-03T06:30:00Z"))) {
            edit(store, 1);
            store.control("POST", "/_sandbox/clock/advance", "{\"seconds\":3600}");
            edit(store, 2);
            store.shop.advanceClock(Duration.ofMinutes(30));
            edit(store, 3);

            assertThat(dateUpd(store, 1)).isEqualTo("2024-11-03 01:30:00");
            assertThat(dateUpd(store, 2)).as("an hour later, same wall-clock time").isEqualTo("2024-11-03 01:30:00");
            assertThat(dateUpd(store, 3)).isEqualTo("2024-11-03 02:00:00");
            JsonNode window = store.json("/api/products?date=1&filter[date_upd]=[2024-11-03 01:00:00,2024-11-03 01:59:59]");
            assertThat(window.path("products")).extracting(row -> row.path("id").asInt()).contains(1, 2)
                    .doesNotContain(3);
        }
    }

    @Test
    void theWallClockSkipsAnHourWhenDaylightSavingStarts() {
        try (SandboxStore store = new SandboxStore(chicago(), Instant.parse("2024-03-10T07:59:59Z"))) {
            edit(store, 1);
            store.shop.advanceClock(Duration.ofSeconds(1));
            edit(store, 2);

            assertThat(dateUpd(store, 1)).isEqualTo("2024-03-10 01:59:59");
            assertThat(dateUpd(store, 2)).isEqualTo("2024-03-10 03:00:00");
        }
    }

    @Test
    void psTimezoneIsReadableThroughConfigurations() {
        try (SandboxStore store = new SandboxStore(chicago())) {
            JsonNode rows = store.json("/api/configurations?filter[name]=[PS_TIMEZONE]&display=full").path("configurations");

            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).path("value").asText()).isEqualTo("America/Chicago");
            assertThat(rows.get(0).path("name").asText()).isEqualTo("PS_TIMEZONE");
        }
    }

    @Test
    void generatedDatesAreShopLocal() {
        Instant start = Instant.parse("2024-06-15T10:00:00Z");
        try (SandboxStore store = new SandboxStore(chicago(), start)) {
            JsonNode latest = store.json("/api/orders?display=[id,date_add]&date=1&sort=[date_add_DESC]&limit=1");
            String newest = latest.path("orders").get(0).path("date_add").asText();

            assertThat(newest).isLessThan("2024-06-15 05:00:00");
            assertThat(store.control("GET", "/_sandbox/clock", null).body()).contains("\"now\":\"2024-06-15 05:00:00\"");
        }
    }

    @Test
    void removingOrChangingPsTimezoneChangesTheZoneOfNewDates() {
        try (SandboxStore store = new SandboxStore(chicago(), Instant.parse("2024-06-15T10:00:00Z"))) {
            assertThat(store.control("DELETE", "/_sandbox/configurations/PS_TIMEZONE", null).statusCode()).isEqualTo(200);
            edit(store, 1);
            assertThat(store.get("/api/configurations?filter[name]=[PS_TIMEZONE]&output_format=JSON").body())
                    .isEqualTo("[]");
            assertThat(dateUpd(store, 1)).as("the server default, UTC").isEqualTo("2024-06-15 10:00:00");

            store.control("PUT", "/_sandbox/configurations/PS_TIMEZONE", "{\"value\":\"Asia/Tokyo\"}");
            edit(store, 2);
            assertThat(dateUpd(store, 2)).isEqualTo("2024-06-15 19:00:00");
        }
    }

    @Test
    void theClockCanBeSetToAShopLocalTime() {
        try (SandboxStore store = new SandboxStore(chicago())) {
            String clock = store.control("PUT", "/_sandbox/clock", "{\"local\":\"2024-12-24 18:00:00\",\"frozen\":true}")
                    .body();

            assertThat(clock).contains("\"now\":\"2024-12-24 18:00:00\"").contains("\"instant\":\"2024-12-25T00:00:00Z\"");
        }
    }
}
