package io.cloudsync.hub.marketsync.mapping;

import static io.cloudsync.hub.marketsync.mapping.ClothingShop.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue.Category;
import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue.CategoryAttribute;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketSyncCatalogueTest {

    private final MarketSyncCatalogue catalogue = ClothingShop.catalogue();

    @Test
    void readsCategoriesFromTheEnvelopeWithNumbersAsStrings() {
        assertThat(catalogue.category(ClothingShop.PLAYERAS))
                .hasValue(new Category(16431, "PLAYERAS", "ROPA/MUJER/PLAYERAS", true));
        assertThat(catalogue.category(ClothingShop.ACCESORIOS_SIN_VARIACION).orElseThrow().allowsVariations()).isFalse();
        assertThat(catalogue.category(1L)).isEmpty();
        assertThat(catalogue.category(null)).isEmpty();
    }

    @Test
    void readsASingleCategoryAnswerAndNumbersAsNumbers() {
        MarketSyncCatalogue single = MarketSyncCatalogue.fromAnswers(
                json("{'answer': {'result': {'id': 9350, 'categoria': 'PIES', 'ruta': 'A/B', 'permite_variacion': 1,"
                        + " 'filtros': []}}}"),
                Map.of(), json("[]"), json("[]"), json("[]"));

        assertThat(single.categories()).containsOnlyKeys(9350L);
        assertThat(single.categories().get(9350L).allowsVariations()).isTrue();
    }

    @Test
    void readsCategoryAttributesInMarketSyncsOrder() {
        List<CategoryAttribute> attributes = catalogue.attributesOf(ClothingShop.PLAYERAS);

        assertThat(attributes).extracting(CategoryAttribute::key).containsExactly("BRAND", "ITEM_CONDITION", "MODEL",
                "MATERIAL", "GENDER", "SELLER_SKU", "COLOR", "SIZE", "GTIN");
        assertThat(attributes.get(0)).isEqualTo(new CategoryAttribute(5833, "BRAND", "Marca", true, false, 255, List.of()));
        assertThat(attributes.get(6).variationLevel()).isTrue();
        assertThat(attributes.get(6).mandatory()).isTrue();
        assertThat(attributes.get(4).allowedValues()).containsExactly("Mujer", "Hombre", "Unisex");
        assertThat(attributes.get(4).allowedSpelling("MUJER")).hasValue("Mujer");
        assertThat(attributes.get(4).allowedSpelling("Niña")).isEmpty();
        assertThat(catalogue.attributesOf(ClothingShop.ACCESORIOS_SIN_VARIACION)).isEmpty();
        assertThat(catalogue.attributesOf(null)).isEmpty();
    }

    @Test
    void baseColoursMatchIgnoringCaseAndAccentsAndKeepTheCataloguesSpelling() {
        assertThat(catalogue.baseColours()).contains("AZUL", "CAFÉ", "MULTICOLOR");
        assertThat(catalogue.baseColour("rojo")).hasValue("ROJO");
        assertThat(catalogue.baseColour("Cafe")).hasValue("CAFÉ");
        assertThat(catalogue.baseColour("Azul marino")).isEmpty();
        assertThat(catalogue.baseColour("")).isEmpty();
    }

    @Test
    void readsCountriesAndMarkets() {
        assertThat(catalogue.hasCountry(484)).isTrue();
        assertThat(catalogue.hasCountry(0)).isFalse();
        assertThat(catalogue.countries()).containsEntry(156, "China");
        assertThat(catalogue.markets()).containsExactly(Map.entry(1L, "Claro"), Map.entry(4L, "Mercado"),
                Map.entry(6L, "Amazon"));
    }

    @Test
    void inactiveMarketsAreLeftOut() {
        MarketSyncCatalogue withInactive = MarketSyncCatalogue.fromAnswers(json("[]"), Map.of(), json("[]"), json("[]"),
                json("[{'id': '4', 'market': 'Mercado', 'activo': '1'}, {'id': '5', 'market': 'Walmart', 'activo': '0'},"
                        + " {'market_id': 6, 'market': 'Amazon'}]"));

        assertThat(withInactive.markets()).containsOnlyKeys(4L, 6L);
    }

    @Test
    void missingOrEmptyAnswersGiveAnEmptyCatalogue() {
        MarketSyncCatalogue empty = MarketSyncCatalogue.fromAnswers(null, Map.of(), json("{'answer': []}"), null,
                json("{}"));

        assertThat(empty.categories()).isEmpty();
        assertThat(empty.baseColours()).isEmpty();
        assertThat(empty.countries()).isEmpty();
        assertThat(empty.markets()).isEmpty();
    }
}
