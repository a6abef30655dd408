package io.cloudsync.hub.marketsync.mapping;

import static io.cloudsync.hub.marketsync.mapping.ClothingShop.combination;
import static io.cloudsync.hub.marketsync.mapping.ClothingShop.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue.CategoryAttribute;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarketSyncMapperTest {

    private static final List<String> CAMISETA_IMAGES = List.of(
            "https://tienda.example.mx/101-large_default/camiseta-de-lino.jpg",
            "https://tienda.example.mx/102-large_default/camiseta-de-lino.jpg",
            "https://tienda.example.mx/103-large_default/camiseta-de-lino.jpg", "", "", "");

    private static MappedProduct map(ClothingShop.ProductBuilder product) {
        return map(product, ClothingShop.mapping());
    }

    private static MappedProduct map(ClothingShop.ProductBuilder product, MarketSyncMapping mapping) {
        return new MarketSyncMapper(mapping, ClothingShop.catalogue()).map(product.build(), ClothingShop.camisetaStock());
    }

    private static VariationColumns variation(MappedProduct mapped, String sku) {
        return mapped.variations().stream().filter(v -> v.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Nested
    class ProductColumnsOfATShirtWithCombinations {

        private final MappedProduct mapped = map(ClothingShop.camiseta());
        private final ProductColumns columns = mapped.product();

        @Test
        void textColumnsComeFromNameSummaryAndDescriptionWithoutHtml() {
            assertThat(columns.nombre()).isEqualTo("Camiseta de lino para mujer");
            assertThat(columns.descripcion()).isEqualTo("Camiseta de lino & algodón, “fresca” y cómoda.");
            assertThat(columns.ficha()).isEqualTo("Camiseta de lino\nFresca y ligera, ideal para el verano en la"
                    + " costa.\n100 % lino\nCorte recto");
        }

        @Test
        void sizesAndWeightAreWholeNumbersRoundedUpAndThePackageIsPadded() {
            assertThat(columns.alto()).isEqualTo(3);     // 2.5 cm
            assertThat(columns.ancho()).isEqualTo(30);
            assertThat(columns.largo()).isEqualTo(40);
            assertThat(columns.peso()).isEqualTo(1);     // 0.25 kg
            assertThat(columns.palto()).isEqualTo(5);    // 2.5 + 2
            assertThat(columns.pancho()).isEqualTo(32);
            assertThat(columns.plargo()).isEqualTo(42);
            assertThat(columns.ppeso()).isEqualTo(1);    // 0.25 + 0.2
        }

        @Test
        void identifiersAndCatalogueColumns() {
            assertThat(columns.sku()).isEqualTo("CAM-LINO-01");
            assertThat(columns.modelo()).isEqualTo("TXO-CL-2024");
            assertThat(columns.categoriaId()).isEqualTo(ClothingShop.PLAYERAS);
            assertThat(columns.filtroId()).isZero();
            assertThat(columns.marca()).isEqualTo("Textiles Oaxaca");
            assertThat(columns.etiquetas()).isEqualTo("camiseta,lino,verano,mujer");
            assertThat(columns.etiquetasWeb())
                    .isEqualTo("Composición_100% lino,Género_mujer,Corte_Recto,Cuidado_Lavar a mano con agua fría");
            assertThat(columns.dateCreated()).isEqualTo("2024-03-15 10:30:05");
        }

        @Test
        void defaultsFillTheColumnsTheStoreKnowsNothingAbout() {
            assertThat(columns.diasEmbarque()).isEqualTo(2);
            assertThat(columns.listingTypeId()).isEqualTo("gold_special");
            assertThat(columns.warranty()).isEqualTo("Garantía de fábrica: 30 días");
            assertThat(columns.nombreModelo()).isEmpty();
            assertThat(columns.origen()).isEqualTo(484);
            assertThat(columns.taxcode()).isEqualTo("53101600");
        }

        @Test
        void colourAndBaseAreTheDefaultVariations() {
            assertThat(columns.color()).isEqualTo("Azul marino");
            assertThat(columns.base()).isEqualTo("AZUL");
        }

        @Test
        void productAttributesAreTheCategorysProductLevelOnesInItsOrder() {
            assertThat(columns.atributos()).containsExactly(
                    new AttributeValue("BRAND", "Textiles Oaxaca"),
                    new AttributeValue("ITEM_CONDITION", "Nuevo"),
                    new AttributeValue("MODEL", "TXO-CL-2024"),
                    new AttributeValue("MATERIAL", "100% lino"),
                    new AttributeValue("GENDER", "Mujer"),      // spelled as MarketSync's allowed value
                    new AttributeValue("SELLER_SKU", "CAM-LINO-01"));
        }

        @Test
        void theMapIsTheSeedsColumnsInTheSeedsOrder() {
            Map<String, Object> map = columns.asMap();

            assertThat(map.keySet()).containsExactlyElementsOf(
                    MarketSyncColumns.PRODUCT.stream().map(ColumnSpec::name).toList());
            assertThat(map).containsEntry("dias_embarque", 2).containsEntry("categoria_id", 16431L)
                    .containsEntry("listing_type_id", "gold_special");
            assertThat(map.get("atributos")).asList().first()
                    .isEqualTo(Map.of("atributo_id", "BRAND", "valor", "Textiles Oaxaca"));
        }

        @Test
        void nothingWasCutAndNothingIsWrong() {
            assertThat(mapped.cuts()).isEmpty();
            assertThat(mapped.mappingErrors()).isEmpty();
            assertThat(mapped.mappingWarnings()).isEmpty();
            assertThat(mapped.storeProductId()).isEqualTo(42);
            assertThat(mapped.sku()).isEqualTo("CAM-LINO-01");
        }
    }

    @Nested
    class VariationsOfATShirt {

        private final MappedProduct mapped = map(ClothingShop.camiseta());

        @Test
        void oneVariationPerCombinationInTheStoresOrder() {
            assertThat(mapped.variations()).extracting(VariationColumns::sku, VariationColumns::combinationId,
                    VariationColumns::stock, VariationColumns::color, VariationColumns::base, VariationColumns::talla,
                    VariationColumns::gtin).containsExactly(
                    tuple("CAM-LINO-AZ-S", 101L, 12, "Azul marino", "AZUL", "S", "7501031311309"),
                    tuple("CAM-LINO-AZ-M", 102L, 0, "Azul marino", "AZUL", "M", "7501031311316"),
                    tuple("CAM-LINO-RO-L", 103L, 5, "Rojo", "ROJO", "L", "7501031311323"),
                    tuple("CAM-LINO-RO-XL", 104L, 3, "Rojo", "ROJO", "XL", "7501031311330"));
        }

        @Test
        void aCombinationWithoutImagesUsesTheProductsAndEmptySlotsAreEmptyStrings() {
            assertThat(variation(mapped, "CAM-LINO-AZ-S").images()).containsExactlyElementsOf(CAMISETA_IMAGES);
            assertThat(variation(mapped, "CAM-LINO-RO-L").images()).containsExactly(
                    "https://tienda.example.mx/201-large_default/camiseta-lino-roja.jpg",
                    "https://tienda.example.mx/202-large_default/camiseta-lino-roja.jpg", "", "", "", "");
        }

        @Test
        void bulletsAreTheFeaturesAsNameAndValue() {
            assertThat(variation(mapped, "CAM-LINO-AZ-S").bullets()).containsExactly("Composición: 100% lino",
                    "Género: mujer", "Corte: Recto", "Cuidado: Lavar a mano con agua fría", "");
        }

        @Test
        void variationAttributesAreTheCategorysVariationLevelOnes() {
            assertThat(variation(mapped, "CAM-LINO-RO-XL").atributos()).containsExactly(
                    new AttributeValue("COLOR", "Rojo"), new AttributeValue("SIZE", "XL"),
                    new AttributeValue("GTIN", "7501031311330"));
        }

        @Test
        void theMapHoldsEveryVariationColumn() {
            Map<String, Object> map = variation(mapped, "CAM-LINO-AZ-S").asMap();

            assertThat(map.keySet()).containsExactlyElementsOf(
                    MarketSyncColumns.VARIATION.stream().map(ColumnSpec::name).toList());
            assertThat(map).containsEntry("imagen1", CAMISETA_IMAGES.get(0)).containsEntry("imagen6", "")
                    .containsEntry("bullet5", "").containsEntry("video", "").containsEntry("stock", 12);
            assertThat(map.get("atributos")).asList().first().isEqualTo(Map.of("atributo", "COLOR", "valor", "Azul marino"));
            assertThat(variation(mapped, "CAM-LINO-AZ-S").withoutStock()).doesNotContainKey("stock");
            assertThat(variation(mapped, "CAM-LINO-AZ-S").stockMap())
                    .isEqualTo(Map.of("seller_sku", "CAM-LINO-AZ-S", "stock", 12));
        }
    }

    @Nested
    class AProductWithoutCombinations {

        private final MappedProduct mapped = map(ClothingShop.bolso());

        @Test
        void hasOneVariationWithTheProductsReferenceEanAndImages() {
            VariationColumns only = mapped.variations().get(0);

            assertThat(mapped.variations()).hasSize(1);
            assertThat(only.sku()).isEqualTo("BOLSO-PIEL-01");
            assertThat(only.combinationId()).isZero();
            assertThat(only.gtin()).isEqualTo("7501234567897");
            assertThat(only.images().get(0)).isEqualTo("https://tienda.example.mx/301-large_default/bolso-de-piel.jpg");
            assertThat(only.talla()).isEmpty();
        }

        @Test
        void itsColourComesFromAColourFeatureMatchedToTheCatalogueIgnoringAccents() {
            assertThat(mapped.variations().get(0).color()).isEqualTo("Café");
            assertThat(mapped.variations().get(0).base()).isEqualTo("CAFÉ");
            assertThat(mapped.product().base()).isEqualTo("CAFÉ");
        }

        @Test
        void itsStockIsTheProductRowsCombinationZero() {
            MappedProduct withStock = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue())
                    .map(ClothingShop.bolso().build(), Map.of(0L, 7));

            assertThat(withStock.variations().get(0).stock()).isEqualTo(7);
        }

        @Test
        void withoutMetaKeywordsTheTagsAreTheMeaningfulWordsOfNameAndCategory() {
            assertThat(mapped.product().etiquetas()).isEqualTo("bolso,piel,tipo,bandolera,bolsos");
        }

        @Test
        void withoutAnMpnTheModelIsTheReference() {
            assertThat(mapped.product().modelo()).isEqualTo("BOLSO-PIEL-01");
        }

        @Test
        void withoutAnyColourTheBaseColourDefaultIsUsedForColourAndBase() {
            MappedProduct plain = map(ClothingShop.bolso().with(b -> b.features = List.of()));

            assertThat(plain.variations().get(0).color()).isEqualTo("MULTICOLOR");
            assertThat(plain.variations().get(0).base()).isEqualTo("MULTICOLOR");
        }
    }

    @Nested
    class Texts {

        @Test
        void summaryFallsBackToTheNameAndDescriptionToTheSummary() {
            MappedProduct noDescription = map(ClothingShop.camiseta().with(b -> b.description = "<p> </p>"));
            MappedProduct noTexts = map(ClothingShop.camiseta().with(b -> {
                b.description = "";
                b.summary = null;
            }));

            assertThat(noDescription.product().ficha()).isEqualTo("Camiseta de lino & algodón, “fresca” y cómoda.");
            assertThat(noTexts.product().descripcion()).isEqualTo("Camiseta de lino para mujer");
            assertThat(noTexts.product().ficha()).isEqualTo("Camiseta de lino para mujer");
        }

        @Test
        void aLongNameIsCutAtAWordBoundaryAndTheCutRecorded() {
            String name = "Camiseta de lino orgánico para mujer con cuello redondo, manga corta, bordado artesanal"
                    + " de Oaxaca y botones de concha natural";
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.name = name));

            assertThat(name).hasSizeGreaterThan(120);
            assertThat(mapped.product().nombre()).isEqualTo("Camiseta de lino orgánico para mujer con cuello redondo,"
                    + " manga corta, bordado artesanal de Oaxaca y botones de concha");
            assertThat(mapped.cuts()).containsExactly(new Cut("nombre", null, name.length(),
                    mapped.product().nombre().length()));
        }

        @Test
        void aSingleOverLongWordIsCutInsideTheWordAndRecorded() {
            String word = "Supercalifragilisticoespialidoso".repeat(5);
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.name = word));

            assertThat(mapped.product().nombre()).isEqualTo(word.substring(0, 120));
            assertThat(mapped.cuts()).contains(new Cut("nombre", null, 160, 120));
        }

        @Test
        void aLongDescriptionIsCutToItsColumnAndEveryCutIsRecorded() {
            String paragraph = "<p>Camiseta fresca de lino, tejida en telar de pedal por artesanas de la sierra.</p>";
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> {
                b.description = paragraph.repeat(80);
                b.summary = paragraph.repeat(4);
            }));

            String line = "Camiseta fresca de lino, tejida en telar de pedal por artesanas de la sierra.";
            String fullFicha = String.join("\n", java.util.Collections.nCopies(80, line));
            String fullSummary = String.join("\n", java.util.Collections.nCopies(4, line));
            assertThat(mapped.product().ficha()).hasSizeBetween(4990, 5000);
            assertThat(mapped.product().descripcion()).hasSizeBetween(240, 250);
            assertWholeWordsPrefix(mapped.product().ficha(), fullFicha);
            assertWholeWordsPrefix(mapped.product().descripcion(), fullSummary);
            assertThat(mapped.cuts()).containsExactly(
                    new Cut("descripcion", null, fullSummary.length(), mapped.product().descripcion().length()),
                    new Cut("ficha", null, fullFicha.length(), mapped.product().ficha().length()));
        }

        private void assertWholeWordsPrefix(String kept, String original) {
            assertThat(original).startsWith(kept);
            assertThat(Character.isWhitespace(original.charAt(kept.length()))).as("the cut falls before a space").isTrue();
        }

        @Test
        void longBulletsAreCutPerVariationAndRecordedWithItsSku() {
            String care = "Lavar a mano con agua fría y jabón neutro, " .repeat(8);
            MappedProduct mapped = map(ClothingShop.camiseta().with(b ->
                    b.features = List.of(new Product.Feature("Cuidado", care))));

            assertThat(variation(mapped, "CAM-LINO-AZ-S").bullets().get(0)).hasSizeLessThanOrEqualTo(250)
                    .startsWith("Cuidado: Lavar a mano").doesNotEndWith(",").doesNotEndWith(" ");
            assertThat(mapped.cuts()).filteredOn(c -> c.column().equals("bullet1")).extracting(Cut::sku)
                    .containsExactly("CAM-LINO-AZ-S", "CAM-LINO-AZ-M", "CAM-LINO-RO-L", "CAM-LINO-RO-XL");
        }

        @Test
        void onlyTheFirstFiveFeaturesBecomeBullets() {
            List<Product.Feature> features = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                features.add(new Product.Feature("Rasgo " + i, "valor " + i));
            }
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.features = features));

            assertThat(variation(mapped, "CAM-LINO-AZ-S").bullets()).containsExactly("Rasgo 1: valor 1",
                    "Rasgo 2: valor 2", "Rasgo 3: valor 3", "Rasgo 4: valor 4", "Rasgo 5: valor 5");
        }

        @Test
        void repeatedKeywordsAreKeptOnce() {
            String keywords = String.join(", ", java.util.Collections.nCopies(30, "camiseta de lino"));
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.metaKeywords = keywords + ",extra"));

            assertThat(mapped.product().etiquetas()).isEqualTo("camiseta de lino,extra");
        }

        @Test
        void uniqueKeywordsOverTwoHundredCharactersAreCutAtAComma() {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                words.add("palabra" + i);
            }
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.metaKeywords = String.join(",", words)));

            assertThat(mapped.product().etiquetas()).hasSizeLessThanOrEqualTo(200).doesNotEndWith(",");
            assertThat(mapped.product().etiquetas().split(",")).allMatch(words::contains);
            assertThat(mapped.cuts()).extracting(Cut::column).containsExactly("etiquetas");
        }
    }

    @Nested
    class Identifiers {

        @Test
        void anEmptyCombinationReferenceBecomesProductReferenceDashCombinationId() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.variations.set(1,
                    combination(102, "", "", false, "Azul marino", "M", List.of()))));

            assertThat(mapped.variations().get(1).sku()).isEqualTo("CAM-LINO-01-102");
        }

        @Test
        void aCombinationWithoutEanHasNoGtinEvenWhenTheProductHasOne() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> {
                b.ean13 = "7509999999999";
                b.variations.set(1, combination(102, "CAM-LINO-AZ-M", "", false, "Azul marino", "M", List.of()));
            }));

            assertThat(mapped.variations().get(1).gtin()).isEmpty();
        }

        @Test
        void tooLongOrTooShortSkusAreNeverCut() {
            MappedProduct longSku = map(ClothingShop.camiseta().with(b -> {
                b.reference = "CAMISETA-LINO-MUJER-2024";
                b.variations.set(0, combination(101, "CAMISETA-LINO-AZUL-S", "", true, "Azul marino", "S", List.of()));
            }));
            MappedProduct shortSku = map(ClothingShop.camiseta().with(b -> b.reference = "CAM"));

            assertThat(longSku.product().sku()).isEqualTo("CAMISETA-LINO-MUJER-2024");
            assertThat(longSku.variations().get(0).sku()).isEqualTo("CAMISETA-LINO-AZUL-S");
            assertThat(shortSku.product().sku()).isEqualTo("CAM");
            assertThat(longSku.cuts()).isEmpty();
        }

        @Test
        void aLongMpnStaysWholeInModelAndInItsAttribute() {
            String mpn = "TXO-CAMISETA-LINO-ORGANICO-MUJER-2024-AZUL-MARINO-CUELLO";
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.mpn = mpn));

            assertThat(mapped.product().modelo()).isEqualTo(mpn);
            assertThat(mapped.product().atributos()).contains(new AttributeValue("MODEL", mpn));
            assertThat(mapped.cuts()).isEmpty();
        }
    }

    @Nested
    class Colours {

        private String baseOf(String colour) {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.variations = List.of(
                    combination(101, "CAM-LINO-X-S", "", true, colour, "S", List.of()))));
            return mapped.variations().get(0).base();
        }

        @Test
        void aMappedColourGetsItsBaseWhateverItsCaseAndAccents() {
            assertThat(baseOf("Azul marino")).isEqualTo("AZUL");
            assertThat(baseOf("AZUL MARINO")).isEqualTo("AZUL");
            assertThat(baseOf("azul  marinó")).isEqualTo("AZUL");
            assertThat(baseOf("Burdeos")).isEqualTo("ROJO");
        }

        @Test
        void aColourNamedLikeABaseColourIsThatBaseColour() {
            assertThat(baseOf("Rojo")).isEqualTo("ROJO");
            assertThat(baseOf("negro")).isEqualTo("NEGRO");
            assertThat(baseOf("Café")).isEqualTo("CAFÉ");
            assertThat(baseOf("cafe")).isEqualTo("CAFÉ");
        }

        @Test
        void anyOtherColourGetsTheDefaultBaseColour() {
            assertThat(baseOf("Fucsia")).isEqualTo("MULTICOLOR");
            assertThat(baseOf("Verde oliva")).isEqualTo("MULTICOLOR");
        }

        @Test
        void theCommercialColourKeepsTheStoresName() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.variations = List.of(
                    combination(101, "CAM-LINO-X-S", "", true, "Fucsia", "S", List.of()))));

            assertThat(mapped.variations().get(0).color()).isEqualTo("Fucsia");
        }
    }

    @Nested
    class Sizes {

        @Test
        void theSizeComesFromAConfiguredSizeGroupWhereverItIs() {
            Variation sizeFirst = new Variation(101, "CAM-LINO-AZ-S", "", true, List.of(
                    new Variation.Attribute("Estampado", "Liso", false), new Variation.Attribute("Talla", "M", false),
                    ClothingShop.colour("Rojo")), prices("499.00", "399.20"), List.of());
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.variations = List.of(sizeFirst)));

            assertThat(mapped.variations().get(0).talla()).isEqualTo("M");
        }

        @Test
        void withoutASizeGroupTheFirstNonColourGroupIsTheSize() {
            Variation unusual = new Variation(101, "CAM-LINO-AZ-S", "", true, List.of(ClothingShop.colour("Rojo"),
                    new Variation.Attribute("Medida", "Grande", false)), prices("499.00", "399.20"), List.of());
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.variations = List.of(unusual)));

            assertThat(mapped.variations().get(0).talla()).isEqualTo("Grande");
        }
    }

    @Nested
    class AttributeSources {

        private static final long EVERY_SOURCE = 777;

        private MappedProduct mapWithEverySource(ClothingShop.ProductBuilder product) {
            List<CategoryAttribute> attributes = new ArrayList<>();
            Map<String, AttributeSource> sources = new LinkedHashMap<>();
            String[][] table = {
                    {"P_MANUFACTURER", "manufacturer", "0"}, {"P_REFERENCE", "reference", "0"}, {"P_MPN", "mpn", "0"},
                    {"P_EAN", "ean13", "0"}, {"P_NAME", "name", "0"}, {"P_FEATURE", "feature:composicion", "0"},
                    {"P_OPTION", "option:talla", "0"}, {"P_COLOUR", "colour", "0"}, {"P_CONSTANT", "constant:Nuevo", "0"},
                    {"V_REFERENCE", "reference", "1"}, {"V_EAN", "ean13", "1"}, {"V_OPTION", "option:TALLA", "1"},
                    {"V_COLOUR", "colour", "1"}, {"V_SIZE", "size", "1"}, {"V_MISSING", "feature:Temporada", "1"},
                    {"UNMAPPED", "", "0"}};
            for (String[] row : table) {
                attributes.add(new CategoryAttribute(attributes.size() + 1, row[0], row[0], false, row[2].equals("1"),
                        0, List.of()));
                if (!row[1].isEmpty()) {
                    sources.put(row[0], ClothingShop.source(row[1]));
                }
            }
            MarketSyncCatalogue base = ClothingShop.catalogue();
            Map<Long, MarketSyncCatalogue.Category> categories = new LinkedHashMap<>(base.categories());
            categories.put(EVERY_SOURCE, new MarketSyncCatalogue.Category(EVERY_SOURCE, "TODO", "PRUEBA/TODO", true));
            MarketSyncCatalogue catalogue = new MarketSyncCatalogue(categories, Map.of(EVERY_SOURCE, attributes),
                    base.baseColours(), base.countries(), base.markets());
            MarketSyncMapping mapping = new MarketSyncMapping(ClothingShop.mapping().defaults(),
                    Map.of(ClothingShop.STORE_CAMISETAS, EVERY_SOURCE), null, sources, ClothingShop.mapping().colours(),
                    List.of("Talla"), Map.of());
            return new MarketSyncMapper(mapping, catalogue).map(product.build(), ClothingShop.camisetaStock());
        }

        @Test
        void productLevelSourcesReadTheProductAndItsDefaultVariation() {
            MappedProduct mapped = mapWithEverySource(ClothingShop.camiseta().with(b -> b.ean13 = "7500000000017"));

            assertThat(mapped.product().atributos()).containsExactly(
                    new AttributeValue("P_MANUFACTURER", "Textiles Oaxaca"),
                    new AttributeValue("P_REFERENCE", "CAM-LINO-01"),
                    new AttributeValue("P_MPN", "TXO-CL-2024"),
                    new AttributeValue("P_EAN", "7500000000017"),
                    new AttributeValue("P_NAME", "Camiseta de lino para mujer"),
                    new AttributeValue("P_FEATURE", "100% lino"),
                    new AttributeValue("P_OPTION", "S"),
                    new AttributeValue("P_COLOUR", "Azul marino"),
                    new AttributeValue("P_CONSTANT", "Nuevo"));
        }

        @Test
        void variationLevelSourcesReadEachVariationAndSkipEmptyValues() {
            MappedProduct mapped = mapWithEverySource(ClothingShop.camiseta());

            assertThat(variation(mapped, "CAM-LINO-RO-L").atributos()).containsExactly(
                    new AttributeValue("V_REFERENCE", "CAM-LINO-RO-L"),
                    new AttributeValue("V_EAN", "7501031311323"),
                    new AttributeValue("V_OPTION", "L"),
                    new AttributeValue("V_COLOUR", "Rojo"),
                    new AttributeValue("V_SIZE", "L"));
        }

        @Test
        void theManufacturerSourceFallsBackToTheDefaultBrand() {
            MarketSyncMapping.Defaults standard = ClothingShop.mapping().defaults();
            MarketSyncMapping withBrand = new MarketSyncMapping(new MarketSyncMapping.Defaults(standard.listingType(),
                    standard.warranty(), 484, 2, "Hecho en Oaxaca", "MULTICOLOR", standard.packagePadding(), "", 1, 1),
                    ClothingShop.mapping().categories(), null, ClothingShop.mapping().attributes(), Map.of(), List.of(),
                    Map.of());
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.manufacturer = " "), withBrand);

            assertThat(mapped.product().marca()).isEqualTo("Hecho en Oaxaca");
            assertThat(mapped.product().atributos()).first().isEqualTo(new AttributeValue("BRAND", "Hecho en Oaxaca"));
            assertThat(mapped.mappingErrors()).isEmpty();
        }

        @Test
        void aLongTextValueIsCutToFiftyCharactersAndRecorded() {
            String composition = "Lino orgánico cultivado en Oaxaca y algodón pima peinado de fibra larga";
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.features = List.of(
                    new Product.Feature("Composición", composition))));

            assertThat(mapped.product().atributos()).contains(new AttributeValue("MATERIAL",
                    "Lino orgánico cultivado en Oaxaca y algodón pima"));
            assertThat(mapped.cuts()).contains(new Cut("atributos.MATERIAL", null, composition.length(), 48));
        }
    }

    @Nested
    class Categories {

        @Test
        void anUnmappedDefaultCategoryFallsBackToAnotherMappedCategoryOfTheProduct() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> {
                b.defaultCategoryId = ClothingShop.STORE_OFERTAS;
                b.categoryIds = List.of(ClothingShop.STORE_OFERTAS, ClothingShop.STORE_CAMISETAS);
            }));

            assertThat(mapped.product().categoriaId()).isEqualTo(ClothingShop.PLAYERAS);
            assertThat(mapped.mappingWarnings()).isEmpty();
        }

        @Test
        void anUnmappedCategoryTakesTheDefaultCategoryIdWithAWarning() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> {
                b.defaultCategoryId = ClothingShop.STORE_OFERTAS;
                b.defaultCategoryName = "Ofertas";
                b.categoryIds = List.of(ClothingShop.STORE_OFERTAS);
            }), ClothingShop.mapping().withDefaultCategoryId(ClothingShop.BOLSOS));

            assertThat(mapped.product().categoriaId()).isEqualTo(ClothingShop.BOLSOS);
            assertThat(mapped.mappingErrors()).isEmpty();
            assertThat(mapped.mappingWarnings()).containsExactly(Problem.product("categoria_id", "store category 30"
                    + " (Ofertas) has no entry under categories in the mapping file; the default category 16500 is used"));
        }

        @Test
        void withoutADefaultCategoryIdAnUnmappedCategoryIsAnError() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> {
                b.defaultCategoryId = ClothingShop.STORE_OFERTAS;
                b.defaultCategoryName = "Ofertas";
                b.categoryIds = List.of(ClothingShop.STORE_OFERTAS);
            }));

            assertThat(mapped.product().categoriaId()).isNull();
            assertThat(mapped.product().atributos()).isEmpty();
            assertThat(mapped.mappingErrors()).containsExactly(Problem.product("categoria_id", "store category 30"
                    + " (Ofertas) has no entry under categories in the mapping file and"
                    + " hub.marketsync.default-category-id is empty"));
        }
    }

    @Nested
    class OtherFallbacks {

        @Test
        void noManufacturerAndNoDefaultBrandIsAnError() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.manufacturer = null));

            assertThat(mapped.product().marca()).isEmpty();
            assertThat(mapped.mappingErrors()).containsExactly(Problem.product("marca",
                    "the product has no manufacturer and defaults.brand in the mapping file is empty"));
        }

        @Test
        void noCreationDateIsAnError() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.dateAdd = null));

            assertThat(mapped.product().dateCreated()).isEmpty();
            assertThat(mapped.mappingErrors()).extracting(Problem::column).containsExactly("date_created");
        }

        @Test
        void missingOrNegativeStockIsZero() {
            MappedProduct mapped = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue())
                    .map(ClothingShop.camiseta().build(), Map.of(101L, -4));

            assertThat(mapped.variations()).extracting(VariationColumns::stock).containsExactly(0, 0, 0, 0);
        }

        @Test
        void unknownOrZeroSizesTakeTheMinimum() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.dimensions = new Product.Dimensions(
                    BigDecimal.ZERO, null, new BigDecimal("0.4"), BigDecimal.ZERO)));

            ProductColumns columns = mapped.product();
            assertThat(List.of(columns.alto(), columns.ancho(), columns.largo(), columns.peso()))
                    .containsExactly(1, 1, 1, 1);
            assertThat(List.of(columns.palto(), columns.pancho(), columns.plargo(), columns.ppeso()))
                    .containsExactly(3, 2, 2, 1);
        }

        @Test
        void duplicateImagesAreDroppedAndAtMostSixKept() {
            List<String> images = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                images.add("https://tienda.example.mx/" + i + "/foto.jpg");
                images.add("https://tienda.example.mx/" + i + "/foto.jpg");
            }
            MappedProduct mapped = map(ClothingShop.bolso().with(b -> b.imageUrls = images));

            assertThat(mapped.variations().get(0).images()).doesNotHaveDuplicates().hasSize(6)
                    .endsWith("https://tienda.example.mx/6/foto.jpg");
        }
    }

    @Nested
    class Prices {

        @Test
        void marketsWithoutARuleGetTheStoresListAndFinalPricesAndRuledOnesTheRule() {
            MappedProduct mapped = map(ClothingShop.camiseta());

            assertThat(mapped.prices()).containsExactly(
                    new MarketPrice(1, new BigDecimal("499.00"), new BigDecimal("399.20")),
                    new MarketPrice(4, new BigDecimal("573.99"), new BigDecimal("459.99")),  // +15 %, ending .99
                    new MarketPrice(6, new BigDecimal("499.00"), new BigDecimal("399.20")));
        }

        @Test
        void variationsWithDifferentPricesAreWarnedAbout() {
            MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.variations.set(3, new Variation(104,
                    "CAM-LINO-RO-XL", "", false, List.of(ClothingShop.colour("Rojo"), ClothingShop.talla("XL")),
                    prices("549.00", "439.20"), List.of()))));

            assertThat(mapped.mappingWarnings()).containsExactly(Problem.product("precios", "the variations have"
                    + " different prices (from 399.20 to 439.20); MarketSync keeps one price per product, so the"
                    + " product's price 399.20 is sent"));
        }
    }
}
