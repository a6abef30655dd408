package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import java.util.List;

/** Seller SKUs found in the mirror the way the MarketSync mapping made them, on H2 and PostgreSQL. */
class MirrorCatalogueTest {

    private static String product(long id, String reference, String variations) {
        return "{\"id\":" + id + ",\"reference\":\"" + reference + "\",\"active\":true,\"categoryIds\":[],"
                + "\"imageUrls\":[],\"features\":[],\"variations\":[" + variations + "]}";
    }

    private static String variation(long combinationId, String reference) {
        return "{\"combinationId\":" + combinationId + ",\"reference\":\"" + reference + "\",\"isDefault\":false,"
                + "\"attributes\":[],\"imageUrls\":[]}";
    }

    @EngineTest
    void productReferencesCombinationReferencesAndGeneratedSkusAreFoundAndNothingElse(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        mirror.upsertPage("products", List.of(
                MirrorUpsert.of("30", "TAZA-00001", product(30, "TAZA-00001", variation(0, "TAZA-00001"))),
                MirrorUpsert.of("12", "CAMISETA", product(12, "CAMISETA", variation(44, "CAM_ROJA-M") + ","
                        + variation(45, ""))),
                MirrorUpsert.of("13", "GORRA", product(13, "GORRA", variation(46, "GOR%AZUL")))));
        mirror.markDeleted("products", List.of("13"));
        MirrorCatalogue catalogue = new MirrorCatalogue(mirror, db.dataSource(), CanonicalJson.mapper());

        assertThat(catalogue.find("TAZA-00001")).contains(new StoreVariant(30, 0));
        assertThat(catalogue.find("CAM_ROJA-M")).contains(new StoreVariant(12, 44));
        assertThat(catalogue.find("CAMISETA-45")).as("a combination without reference").contains(new StoreVariant(12, 45));
        assertThat(catalogue.find("CAMISETA-44")).as("44 has a reference of its own").isEmpty();
        assertThat(catalogue.find("CAMXROJA-M")).as("_ is no wildcard").isEmpty();
        assertThat(catalogue.find("CAMISETA")).as("a product with combinations is sold by its variations").isEmpty();
        assertThat(catalogue.find("GOR%AZUL")).as("a deleted product").isEmpty();
        assertThat(catalogue.find("")).isEmpty();
    }
}
