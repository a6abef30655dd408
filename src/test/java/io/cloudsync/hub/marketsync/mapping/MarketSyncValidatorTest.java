package io.cloudsync.hub.marketsync.mapping;

import static io.cloudsync.hub.marketsync.mapping.ClothingShop.combination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cloudsync.hub.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MarketSyncValidatorTest {

    private final MarketSyncCatalogue catalogue = ClothingShop.catalogue();
    private final MarketSyncValidator validator = new MarketSyncValidator(catalogue);

    private MappedProduct map(ClothingShop.ProductBuilder product) {
        return map(product, ClothingShop.mapping());
    }

    private MappedProduct map(ClothingShop.ProductBuilder product, MarketSyncMapping mapping) {
        return new MarketSyncMapper(mapping, catalogue).map(product.build(), ClothingShop.camisetaStock());
    }

    private Validation validate(ClothingShop.ProductBuilder product) {
        return validator.validate(map(product));
    }

    /** The T-shirt with one product column replaced. */
    private Validation validateWithColumn(String component, Object value) {
        MappedProduct mapped = map(ClothingShop.camiseta());
        return validator.validate(Records.with(mapped, "product", Records.with(mapped.product(), component, value)));
    }

    /** The T-shirt with its first variation changed. */
    private Validation validateWithFirstVariation(UnaryOperator<VariationColumns> change) {
        MappedProduct mapped = map(ClothingShop.camiseta());
        List<VariationColumns> variations = new ArrayList<>(mapped.variations());
        variations.set(0, change.apply(variations.get(0)));
        return validator.validate(Records.with(mapped, "variations", variations));
    }

    private static MarketSyncMapping mappingWith(String component, Object value) {
        return Records.with(ClothingShop.mapping(), component, value);
    }

    private static MarketSyncMapping mappingWithDefault(String component, Object value) {
        MarketSyncMapping mapping = ClothingShop.mapping();
        return Records.with(mapping, "defaults", Records.with(mapping.defaults(), component, value));
    }

    @Test
    void aWellMappedProductWithCombinationsIsValid() {
        Validation validation = validate(ClothingShop.camiseta());

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.valid()).isTrue();
    }

    @Test
    void aWellMappedProductWithoutCombinationsIsValid() {
        assertThat(validate(ClothingShop.bolso()).errors()).isEmpty();
    }

    @Test
    void everyReasonIsReportedTogetherEachNamingItsColumn() {
        Validation validation = validator.validate(map(ClothingShop.camiseta().with(b -> {
            b.reference = "CAM";
            b.name = "";
            b.summary = "";
            b.description = "";
            b.manufacturer = "";
            b.imageUrls = List.of();
            b.prices = ClothingShop.prices("499.00", "0");
            b.variations = new ArrayList<>(List.of(
                    combination(101, "CAM-LINO-AZUL-MARINO-S", "7501031311309", true, "Azul marino", "S", List.of()),
                    combination(102, "CAM-LINO-AZ-M", "75010313113161234", false, "Azul marino", "M", List.of())));
        }), mappingWithDefault("warranty", "Garantia del vendedor: 30 dias")));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.errors()).extracting(Problem::column, Problem::sku).containsExactly(
                tuple("marca", null),
                tuple("nombre", null),
                tuple("descripcion", null),
                tuple("ficha", null),
                tuple("sku", null),
                tuple("warranty", null),
                tuple("atributos.BRAND", null),
                tuple("sku", "CAM-LINO-AZUL-MARINO-S"),
                tuple("imagen1", "CAM-LINO-AZUL-MARINO-S"),
                tuple("gtin", "CAM-LINO-AZ-M"),
                tuple("imagen1", "CAM-LINO-AZ-M"),
                tuple("oferta", null),
                tuple("oferta", null),
                tuple("oferta", null));
        assertThat(validation.describe()).startsWith("error   marca: the product has no manufacturer")
                .contains("error   sku [CAM-LINO-AZUL-MARINO-S]: 'CAM-LINO-AZUL-MARINO-S' has 22 characters, more than"
                        + " 18; an identifier is never cut");
    }

    @Test
    void mandatoryTextColumnsMustNotBeEmpty() {
        assertThat(validateWithColumn("nombre", " ").errors())
                .containsExactly(Problem.product("nombre", "is mandatory and empty"));
    }

    @Test
    void aSkuOutsideFiveToEighteenIsInvalidAndNotCut() {
        assertThat(validate(ClothingShop.bolso().with(b -> {
            b.reference = "BOL";
            b.variations = List.of(new io.cloudsync.hub.model.Variation(0, "BOL", "", true, List.of(),
                    ClothingShop.prices("1299.00", "1299.00"), List.of()));
        })).errors()).containsExactly(
                Problem.product("sku", "'BOL' has 3 characters; a SKU has 5 to 18 and is never padded or cut"));

        assertThat(validate(ClothingShop.camiseta().with(b -> b.reference = "CAMISETA-LINO-MUJER-24")).errors())
                .containsExactly(Problem.product("sku", "'CAMISETA-LINO-MUJER-24' has 22 characters, more than 18;"
                        + " an identifier is never cut"));
    }

    @Test
    void aVariationSkuOverEighteenIsInvalidNamingTheVariation() {
        Validation validation = validate(ClothingShop.camiseta().with(b -> b.variations.set(2,
                combination(103, "CAM-LINO-ROJO-LARGA", "7501031311323", false, "Rojo", "L", List.of()))));

        assertThat(validation.errors()).containsExactly(Problem.variation("sku", "CAM-LINO-ROJO-LARGA",
                "'CAM-LINO-ROJO-LARGA' has 19 characters, more than 18; an identifier is never cut"));
    }

    @Test
    void aGtinOverFifteenAndAModelOverThirtyAreInvalid() {
        String mpn = "TXO-CAMISETA-LINO-ORGANICO-MUJER-2024";
        Validation validation = validate(ClothingShop.camiseta().with(b -> {
            b.mpn = mpn;
            b.variations.set(0, combination(101, "CAM-LINO-AZ-S", "0007501031311309", true, "Azul marino", "S",
                    List.of()));
        }));

        assertThat(validation.errors()).containsExactly(
                Problem.product("modelo", "'" + mpn + "' has 37 characters, more than 30; an identifier is never cut"),
                Problem.variation("gtin", "CAM-LINO-AZ-S",
                        "'0007501031311309' has 16 characters, more than 15; an identifier is never cut"));
    }

    @Test
    void anIdentifierAttributeTooLongIsInvalidNotCut() {
        String mpn = "TXO-CAMISETA-LINO-ORGANICO-MUJER-2024-AZUL-MARINO-CUELLO";
        MappedProduct mapped = map(ClothingShop.camiseta().with(b -> b.mpn = mpn));
        // Only the attribute keeps the long MPN, so this test sees the attribute's own check.
        Validation validation = validator.validate(Records.with(mapped, "product",
                Records.with(mapped.product(), "modelo", "TXO-CL-2024")));

        assertThat(validation.errors()).containsExactly(Problem.product("atributos.MODEL",
                "'" + mpn + "' has 56 characters, more than 50; an identifier is never cut"));
    }

    @Test
    void integersCannotBeNegativeAndSizesNotZero() {
        assertThat(validateWithColumn("alto", -1).errors())
                .containsExactly(Problem.product("alto", "is -1; it cannot be negative"));
        assertThat(validateWithColumn("ppeso", 0).errors())
                .containsExactly(Problem.product("ppeso", "is 0; sizes and weights are at least 1"));
        assertThat(validateWithColumn("diasEmbarque", -2).errors())
                .containsExactly(Problem.product("dias_embarque", "is -2; it cannot be negative"));
    }

    @Test
    void theListingTypeMustBeOneOfMercadoLibres() {
        assertThat(validateWithColumn("listingTypeId", "platinum").errors()).containsExactly(Problem.product(
                "listing_type_id", "'platinum' is not one of bronze, silver, gold_pro, gold_premium, gold_special, gold"));
    }

    @Test
    void theWarrantyMustBeWrittenAsMarketSyncSays() {
        assertThat(validateWithColumn("warranty", "Garantia del vendedor: 30 dias").errors())
                .containsExactly(Problem.product("warranty", "'Garantia del vendedor: 30 dias' is not written"
                        + " '(n) días|meses|años', optionally after 'Garantía de fábrica: '"));
        assertThat(validateWithColumn("warranty", "30 día").errors()).extracting(Problem::column).containsExactly("warranty");
        assertThat(validateWithColumn("warranty", "2 meses").errors()).isEmpty();
        assertThat(validateWithColumn("warranty", "Garantía de fábrica: 1 años").errors()).isEmpty();
        assertThat(validateWithColumn("warranty", "").errors()).as("warranty is optional").isEmpty();
    }

    @Test
    void theCategoryMustBeInTheCatalogue() {
        Validation validation = validator.validate(map(ClothingShop.camiseta(),
                mappingWith("categories", Map.of(ClothingShop.STORE_CAMISETAS, 99999L))));

        assertThat(validation.errors()).containsExactly(
                Problem.product("categoria_id", "99999 is not a category of MarketSync's categorias catalogue"));
    }

    @Test
    void anUnmappedCategoryIsReportedOnceWithTheMappersReason() {
        Validation validation = validate(ClothingShop.camiseta().with(b -> {
            b.defaultCategoryId = ClothingShop.STORE_OFERTAS;
            b.categoryIds = List.of(ClothingShop.STORE_OFERTAS);
        }));

        assertThat(validation.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("categoria_id");
            assertThat(problem.message()).contains("has no entry under categories");
        });
    }

    @Test
    void everyMandatoryProductAttributeOfTheCategoryMustHaveAValue() {
        Map<String, AttributeSource> withoutBrandAndModel = new LinkedHashMap<>(ClothingShop.mapping().attributes());
        withoutBrandAndModel.remove("BRAND");
        withoutBrandAndModel.remove("MODEL");

        Validation validation = validator.validate(map(ClothingShop.camiseta(), mappingWith("attributes", withoutBrandAndModel)));

        assertThat(validation.errors()).containsExactly(
                Problem.product("atributos.BRAND", "the category requires the product to have BRAND (Marca); give it a"
                        + " source under attributes in the mapping file"),
                Problem.product("atributos.MODEL", "the category requires the product to have MODEL (Modelo); give it a"
                        + " source under attributes in the mapping file"));
    }

    @Test
    void everyVariationNeedsTheCategorysMandatoryVariationAttributes() {
        Map<String, AttributeSource> withoutSize = new LinkedHashMap<>(ClothingShop.mapping().attributes());
        withoutSize.remove("SIZE");

        Validation validation = validator.validate(map(ClothingShop.camiseta(), mappingWith("attributes", withoutSize)));

        assertThat(validation.errors()).extracting(Problem::column, Problem::sku).containsExactly(
                tuple("atributos.SIZE", "CAM-LINO-AZ-S"),
                tuple("atributos.SIZE", "CAM-LINO-AZ-M"),
                tuple("atributos.SIZE", "CAM-LINO-RO-L"),
                tuple("atributos.SIZE", "CAM-LINO-RO-XL"));
        assertThat(validation.errors().get(0).message()).startsWith("the category requires each variation to have SIZE");
    }

    @Test
    void aCategoryWithoutVariationsRefusesSeveral() {
        Validation validation = validator.validate(map(ClothingShop.camiseta(),
                mappingWith("categories", Map.of(ClothingShop.STORE_CAMISETAS, ClothingShop.ACCESORIOS_SIN_VARIACION))));

        assertThat(validation.errors()).containsExactly(Problem.product("variaciones", "category 9350"
                + " (ELECTRODOMESTICOS/PIES_PRENSATELAS) does not allow variations, and the product has 4"));
    }

    @Test
    void baseColoursMustBeInTheColourCatalogue() {
        Validation validation = validator.validate(map(ClothingShop.camiseta().with(b -> b.variations = List.of(
                combination(101, "CAM-LINO-AZ-S", "", true, "Azul marino", "S", List.of()))),
                mappingWith("colours", Map.of("Azul marino", "Azul oscuro"))));

        assertThat(validation.errors()).containsExactly(
                Problem.product("base", "'AZUL OSCURO' is not a base colour of MarketSync's colores catalogue"),
                Problem.variation("base", "CAM-LINO-AZ-S", "'AZUL OSCURO' is not a base colour of MarketSync's"
                        + " colores catalogue"));
    }

    @Test
    void theOriginMustBeAKnownCountry() {
        assertThat(validator.validate(map(ClothingShop.camiseta(), mappingWithDefault("origin", 999))).errors())
                .containsExactly(Problem.product("origen", "999 is not a country of MarketSync's paises catalogue"));
    }

    @Test
    void aProductNeedsAVariation() {
        assertThat(validate(ClothingShop.camiseta().with(b -> b.variations = List.of())).errors())
                .containsExactly(Problem.product("variaciones", "a product needs at least one variation"));
    }

    @Test
    void everyVariationNeedsAnImage() {
        assertThat(validate(ClothingShop.bolso().with(b -> b.imageUrls = List.of())).errors())
                .containsExactly(Problem.variation("imagen1", "BOLSO-PIEL-01", "a variation needs at least one image,"
                        + " and neither the combination nor the product has one"));
    }

    @Test
    void imagesMustBeHttpUrlsOfAtMost250CharactersWithoutRepeats() {
        String longUrl = "https://tienda.example.mx/img/" + "a".repeat(230) + ".jpg";
        Validation validation = validateWithFirstVariation(v -> Records.with(v, "images", List.of(
                "https://tienda.example.mx/1.jpg", "/img/p/1/1.jpg", "ftp://tienda.example.mx/2.jpg", longUrl,
                "https://tienda.example.mx/1.jpg", "")));

        assertThat(validation.errors()).containsExactly(
                Problem.variation("imagen4", "CAM-LINO-AZ-S", "'" + longUrl + "' has 264 characters, more than 250;"
                        + " an identifier is never cut"),
                Problem.variation("imagen2", "CAM-LINO-AZ-S", "'/img/p/1/1.jpg' is not an http(s) URL"),
                Problem.variation("imagen3", "CAM-LINO-AZ-S", "'ftp://tienda.example.mx/2.jpg' is not an http(s) URL"),
                Problem.variation("imagen5", "CAM-LINO-AZ-S", "repeats imagen1; images must not be duplicated"));
    }

    @Test
    void theMainImageComesFirst() {
        Validation validation = validateWithFirstVariation(v -> Records.with(v, "images",
                List.of("", "https://tienda.example.mx/1.jpg", "", "", "", "")));

        assertThat(validation.errors()).containsExactly(Problem.variation("imagen1", "CAM-LINO-AZ-S",
                "the main image is empty while other images are set"));
    }

    @Test
    void variationSkusMustBeUniqueWithinTheProduct() {
        Validation validation = validate(ClothingShop.camiseta().with(b -> b.variations.set(1,
                combination(102, "CAM-LINO-AZ-S", "7501031311316", false, "Azul marino", "M", List.of()))));

        assertThat(validation.errors()).containsExactly(
                Problem.variation("sku", "CAM-LINO-AZ-S", "2 variations share this SKU; each needs its own"));
    }

    @Test
    void pricesMustBeAboveZeroAndTheOfferNotAboveTheListPrice() {
        Validation zero = validate(ClothingShop.camiseta().with(b -> b.prices = ClothingShop.prices("0", "0")));
        Validation above = validate(ClothingShop.camiseta().with(b -> b.prices = ClothingShop.prices("399.00", "499.00")));

        assertThat(zero.errors()).contains(
                Problem.product("precio", "market 1 (Claro): 0.00 must be above 0"),
                Problem.product("oferta", "market 1 (Claro): 0.00 must be above 0")).hasSize(6);
        assertThat(above.errors()).contains(Problem.product("oferta", "market 6 (Amazon): 499.00 is above precio 399.00"))
                .hasSize(3);
    }

    @Test
    void aDiscountOverSixtyPercentIsOnlyAWarning() {
        Validation validation = validate(ClothingShop.camiseta().with(b -> b.prices = ClothingShop.prices("1000.00", "350.00")));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings()).containsExactly(
                Problem.product("oferta", "market 1 (Claro): a discount of 65.00 % is over 60 %; marketplaces may"
                        + " reject the listing"),
                Problem.product("oferta", "market 4 (Mercado): a discount of 64.99 % is over 60 %; marketplaces may"
                        + " reject the listing"),
                Problem.product("oferta", "market 6 (Amazon): a discount of 65.00 % is over 60 %; marketplaces may"
                        + " reject the listing"));
        assertThat(validate(ClothingShop.camiseta().with(b -> b.prices = ClothingShop.prices("1000.00", "400.00")))
                .warnings()).as("exactly 60 % is fine").isEmpty();
    }

    @Test
    void aValueOutsideTheAttributesAllowedValuesIsAWarning() {
        Validation validation = validate(ClothingShop.camiseta().with(b -> b.features = List.of(
                new Product.Feature("Composición", "Lino"), new Product.Feature("Género", "Niña"))));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings()).containsExactly(Problem.product("atributos.GENDER", "'Niña' is not among"
                + " the 3 values MarketSync lists for GENDER (Género); the marketplace may refuse it"));
    }

    @Test
    void theCreationDateMustBeADateTime() {
        assertThat(validateWithColumn("dateCreated", "2024-03-15T10:30:05").errors()).containsExactly(
                Problem.product("date_created", "'2024-03-15T10:30:05' is not a date-time written yyyy-MM-dd HH:mm:ss"));
    }

    @Test
    void aMissingCreationDateIsReportedOnceWithTheMappersReason() {
        assertThat(validate(ClothingShop.camiseta().with(b -> b.dateAdd = null)).errors()).containsExactly(
                Problem.product("date_created", "the store gave no creation date (date_add) for the product"));
    }

    @Test
    void withoutActiveMarketsNoPriceIsSentAndThatIsAWarning() {
        MarketSyncCatalogue noMarkets = Records.with(catalogue, "markets", Map.of());
        MappedProduct mapped = new MarketSyncMapper(ClothingShop.mapping(), noMarkets)
                .map(ClothingShop.camiseta().build(), Map.of());

        Validation validation = new MarketSyncValidator(noMarkets).validate(mapped);

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings()).containsExactly(
                Problem.product("precios", "the catalogue lists no active market, so no price is sent"));
    }

    @Test
    void mappingWarningsAreCarriedIntoTheValidation() {
        Validation validation = validator.validate(map(ClothingShop.camiseta().with(b -> {
            b.defaultCategoryId = ClothingShop.STORE_OFERTAS;
            b.categoryIds = List.of(ClothingShop.STORE_OFERTAS);
        }), ClothingShop.mapping().withDefaultCategoryId(ClothingShop.PLAYERAS)));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings()).extracting(Problem::column).containsExactly("categoria_id");
        assertThat(validation.describe()).startsWith("warning categoria_id: store category 30");
    }

    @Test
    void aProductWithoutPricesIsInvalidOnEveryMarketNotACrash() {
        Validation validation = validate(ClothingShop.camiseta().with(b -> b.prices = null));

        assertThat(validation.errors()).extracting(Problem::column).containsExactly("precio", "oferta", "precio",
                "oferta", "precio", "oferta");
    }

    @Test
    void aProblemPrintsItsColumnAndSku() {
        assertThat(Problem.variation("gtin", "CAM-LINO-AZ-S", "too long").toString())
                .isEqualTo("gtin [CAM-LINO-AZ-S]: too long");
        assertThat(Problem.product("nombre", "empty").toString()).isEqualTo("nombre: empty");
    }
}
