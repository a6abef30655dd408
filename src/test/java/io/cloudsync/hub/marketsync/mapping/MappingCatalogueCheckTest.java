package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MappingCatalogueCheckTest {

    @Test
    void theTestShopsMappingFitsItsCatalogue() {
        assertThat(MappingCatalogueCheck.problems(ClothingShop.mapping(), ClothingShop.catalogue())).isEmpty();
    }

    @Test
    void unknownIdsAndColoursAreReportedOnceNamingTheirKey() {
        MarketSyncMapping mapping = MarketSyncMappingLoader.parse(String.join("\n",
                "defaults:",
                "  origin: 999",
                "  baseColour: Fucsia",
                "categories:",
                "  12: 16431",
                "  13: 99999",
                "colours:",
                "  Azul marino: Azulito",
                "markets:",
                "  4: {markupPercent: 10}",
                "  7: {markupPercent: 10}",
                "exclude:",
                "  6: {categories: [12]}",
                "  9: {products: [1]}",
                ""), "mapping.yaml", "88888");

        assertThat(MappingCatalogueCheck.problems(mapping, ClothingShop.catalogue())).containsExactly(
                "categories.13: 99999 is not a category of MarketSync's categorias catalogue",
                "hub.marketsync.default-category-id: 88888 is not a category of MarketSync's categorias catalogue",
                "defaults.baseColour: 'FUCSIA' is not a base colour of MarketSync's colores catalogue",
                "colours: 'azul marino' maps to 'AZULITO', which is not a base colour of MarketSync's colores catalogue",
                "defaults.origin: 999 is not a country of MarketSync's paises catalogue",
                "markets.7: no active market has this id, so its price rule is not used",
                "exclude.9: no active market has this id, so nothing is kept off it");
    }
}
