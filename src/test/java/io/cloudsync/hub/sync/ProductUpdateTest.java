package io.cloudsync.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** One item of {@code PUT /v1/sync/products}: writable fields, the feed's names, what is ignored or refused. */
class ProductUpdateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProductUpdate parse(String item) throws Exception {
        JsonNode node = JSON.readTree(item);
        return ProductUpdate.parse(node);
    }

    @Test
    void writableFieldsGoToTheProductOrItsLanguageTexts() throws Exception {
        ProductUpdate update = parse("{\"id\":3,\"version\":\"ab12\",\"name\":\"Gorra\",\"price\":\"12.50\","
                + "\"active\":false,\"description\":\"<p>x</p>\"}");

        assertThat(update.id()).isEqualTo(3);
        assertThat(update.version()).contains("ab12");
        assertThat(update.productFields()).containsEntry("price", "12.5").containsEntry("active", "0");
        assertThat(update.languageFields()).containsEntry("name", "Gorra").containsEntry("description", "<p>x</p>");
        assertThat(update.ignored()).isEmpty();
    }

    @Test
    void aFeedRecordSentBackKeepsItsWritableFieldsAndNamesTheComputedOnes() throws Exception {
        ProductUpdate update = parse("{\"id\":7,\"sync_action\":\"update\",\"version\":\"v1\","
                + "\"changed_at\":\"2026-11-23T10:00:00Z\",\"reference\":\"CHA-00007\",\"name\":\"Chaqueta\","
                + "\"summary\":\"<p>corta</p>\",\"prices\":{\"final_price\":12.1},\"variations\":[],"
                + "\"image_urls\":[],\"manufacturer\":\"Studio\"}");

        assertThat(update.languageFields()).containsEntry("name", "Chaqueta")
                .containsEntry("description_short", "<p>corta</p>");
        assertThat(update.productFields()).containsEntry("reference", "CHA-00007");
        assertThat(update.ignored()).containsExactly("sync_action", "changed_at", "prices", "variations",
                "image_urls", "manufacturer");
    }

    @Test
    void descriptionShortWinsOverTheFeedsSummary() throws Exception {
        ProductUpdate update = parse("{\"id\":7,\"description_short\":\"nuevo\",\"summary\":\"viejo\"}");

        assertThat(update.languageFields()).containsEntry("description_short", "nuevo");
    }

    @Test
    void aNameTheFeedDoesNotServeIsRefusedNotIgnored() {
        assertThatThrownBy(() -> parse("{\"id\":7,\"name\":\"Gorra\",\"colour\":\"red\"}"))
                .isInstanceOf(ProductUpdate.Invalid.class).hasMessageContaining("'colour' cannot be written");
    }

    @Test
    void onlyComputedFieldsLeaveNothingToUpdate() {
        assertThatThrownBy(() -> parse("{\"id\":7,\"prices\":{},\"sync_action\":\"update\"}"))
                .isInstanceOf(ProductUpdate.Invalid.class).hasMessageContaining("nothing to update")
                .hasMessageContaining("prices, sync_action are computed by the store");
    }

    @Test
    void theFeedOnlyNamesAreTheProductRecordsComputedFields() {
        assertThat(ProductUpdate.FEED_ONLY).contains("prices", "variations", "features", "category_ids",
                "sync_action", "changed_at").doesNotContain("id", "version", "name", "summary", "reference",
                "description", "active");
    }

    @Test
    void numbersOutOfRangeAreRefusedNamingTheFieldNeverWrapped() {
        ObjectMapper api = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
                .USE_BIG_DECIMAL_FOR_FLOATS);
        String[][] cases = {
                {"{\"id\":3,\"quantity\":18446744073709551656}", "quantity"},
                {"{\"id\":3,\"quantity\":\"18446744073709551656\"}", "quantity"},
                {"{\"id\":3,\"quantity\":9223372036854775808}", "quantity"},
                {"{\"id\":3,\"quantity\":4294967336}", "quantity"},
                {"{\"id\":3,\"quantity\":1e400}", "quantity"},
                {"{\"id\":3,\"quantity\":7,\"combination_id\":18446744073709553357}", "combination_id"},
                {"{\"id\":3,\"quantity\":7,\"combination_id\":-1}", "combination_id"},
                {"{\"id\":3,\"price\":1e400}", "price"},
                {"{\"id\":3,\"price\":-1}", "price"},
                {"{\"id\":18446744073709553357,\"price\":1}", "id"},
                {"{\"id\":\"18446744073709553357\",\"price\":1}", "id"},
                {"{\"id\":9223372036854775808,\"price\":1}", "id"},
                {"{\"id\":-1,\"price\":1}", "id"},
                {"{\"id\":1741.0e0,\"price\":1}", "id"},
                {"{\"id\":3,\"version\":18446744073709551656,\"price\":1}", "version"}};
        for (String[] attack : cases) {
            assertThatThrownBy(() -> ProductUpdate.parse(api.readTree(attack[0]))).as(attack[0])
                    .isInstanceOf(ProductUpdate.Invalid.class).hasMessageContaining(attack[1]);
        }
    }

    @Test
    void wholeNumbersInRangeAreReadExactly() throws Exception {
        ProductUpdate update = parse("{\"id\":9223372036854775807,\"quantity\":-1000000000,"
                + "\"combination_id\":\"2147483647\"}");
        assertThat(update.id()).isEqualTo(Long.MAX_VALUE);
        assertThat(update.quantity()).contains(-1_000_000_000);
        assertThat(update.combinationId()).isEqualTo(Integer.MAX_VALUE);
    }
}
