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
}
