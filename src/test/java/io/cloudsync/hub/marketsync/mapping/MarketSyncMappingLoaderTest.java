package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.marketsync.mapping.AttributeSource.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketSyncMappingLoaderTest {

    private static String example() throws IOException {
        try (InputStream in = MarketSyncMappingLoaderTest.class
                .getResourceAsStream("/mapping/marketsync-mapping.example.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MappingFileException failure(String yaml) {
        return catchThrowableOfType(MappingFileException.class,
                () -> MarketSyncMappingLoader.parse(yaml, "mapping.yaml", ""));
    }

    @Test
    void theShippedExampleLoadsWithEverySection() throws IOException {
        MarketSyncMapping mapping = MarketSyncMappingLoader.parse(example(), "example", "16431");

        assertThat(mapping.defaults().listingType()).isEqualTo("gold_special");
        assertThat(mapping.defaults().warranty()).isEqualTo("Garantía de fábrica: 30 días");
        assertThat(mapping.defaults().origin()).isEqualTo(484);
        assertThat(mapping.defaults().shippingDays()).isEqualTo(2);
        assertThat(mapping.defaults().brand()).isEmpty();
        assertThat(mapping.defaults().baseColour()).isEqualTo("MULTICOLOR");
        assertThat(mapping.defaults().packagePadding().paddingCm()).isEqualByComparingTo("2");
        assertThat(mapping.defaults().packagePadding().paddingKg()).isEqualByComparingTo("0.2");
        assertThat(mapping.defaults().taxcode()).isEmpty();
        assertThat(mapping.defaults().minimumDimensionCm()).isEqualTo(1);
        assertThat(mapping.defaults().minimumWeightKg()).isEqualTo(1);
        assertThat(mapping.categories()).containsEntry(12L, 16431L).containsEntry(13L, 16440L).hasSize(3);
        assertThat(mapping.defaultCategory()).hasValue(16431L);
        assertThat(mapping.attributes()).containsEntry("BRAND", new AttributeSource(Kind.MANUFACTURER, ""))
                .containsEntry("MATERIAL", new AttributeSource(Kind.FEATURE, "Composición"))
                .containsEntry("ITEM_CONDITION", new AttributeSource(Kind.CONSTANT, "Nuevo"))
                .containsEntry("SIZE", new AttributeSource(Kind.SIZE, ""));
        assertThat(mapping.mappedBaseColour("AZUL MARINO")).hasValue("AZUL");
        assertThat(mapping.sizeGroups()).containsExactly("Talla", "Size", "Tamaño");
        assertThat(mapping.markets()).containsOnlyKeys(4L, 6L);
        assertThat(mapping.markets().get(4L)).isEqualTo(new PriceRule(new BigDecimal("15"), new BigDecimal("0"),
                new BigDecimal("0.99"), new BigDecimal("50")));
        assertThat(mapping.markets().get(6L).roundTo()).isEqualByComparingTo("1");
        assertThat(mapping.markets().get(6L).maxDiscountPercent()).isNull();
        assertThat(mapping.exclusions()).containsOnlyKeys(6L);
        assertThat(mapping.exclusions().get(6L)).isEqualTo(new MarketExclusion(Set.of(14L), Set.of(31L)));
    }

    @Test
    void exclusionsKeepProductsOffTheMarketsThatListTheirCategoryOrTheirId() {
        MarketSyncMapping mapping = MarketSyncMappingLoader.parse("exclude:\n  6:\n    categories: [2]\n"
                + "  4:\n    products: ['77']\n  1:\n    categories: [99]\n", "mapping.yaml", "");
        ClothingShop.ProductBuilder bolso = ClothingShop.bolso();

        assertThat(mapping.excludedMarkets(bolso.build())).as("6: an extra category; 4: its id").containsExactly(4L, 6L);
        bolso.id = 78;
        bolso.categoryIds = List.of(ClothingShop.STORE_BOLSOS);
        assertThat(mapping.excludedMarkets(bolso.build())).isEmpty();
    }

    @Test
    void everyProblemOfAnExclusionIsListed() {
        MappingFileException error = failure("exclude:\n  6:\n    categories: 14\n    brands: [x]\n"
                + "    products: [31, abc]\n");

        assertThat(error.problems()).containsExactly(
                "line 3, exclude.6.categories: must be a list of store category ids, e.g. [20, 21]",
                "line 4, exclude.6.brands: is not a known key in exclude.6; known keys: categories, products",
                "line 5, exclude.6.products[1]: 'abc' is not a store product id (a whole number above 0)");
    }

    @Test
    void loadsFromAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("marketsync-mapping.yaml");
        Files.writeString(file, "defaults:\n  shippingDays: 5\n", StandardCharsets.UTF_8);

        assertThat(MarketSyncMappingLoader.load(file, null).defaults().shippingDays()).isEqualTo(5);
        assertThatThrownBy(() -> MarketSyncMappingLoader.load(folder.resolve("missing.yaml"), null))
                .isInstanceOf(MappingFileException.class).hasMessageContaining("missing.yaml").hasMessageContaining("cannot be read");
    }

    @Test
    void anEmptyFileGivesTheDocumentedDefaults() {
        MarketSyncMapping mapping = MarketSyncMappingLoader.parse("# nothing yet\n", "mapping.yaml", "");

        assertThat(mapping.defaults()).isEqualTo(MarketSyncMapping.Defaults.standard());
        assertThat(mapping.categories()).isEmpty();
        assertThat(mapping.defaultCategory()).isEmpty();
        assertThat(mapping.markets()).isEmpty();
    }

    @Test
    void quotedNumbersAreAcceptedForIds() {
        MarketSyncMapping mapping = MarketSyncMappingLoader.parse("categories:\n  '12': '16431'\nmarkets:\n  '4': {}\n",
                "mapping.yaml", " 99 ");

        assertThat(mapping.categories()).containsEntry(12L, 16431L);
        assertThat(mapping.markets()).containsOnlyKeys(4L);
        assertThat(mapping.defaultCategoryId()).isEqualTo(99L);
    }

    @Test
    void malformedYamlNamesTheLine() {
        MappingFileException error = failure("defaults:\n  listingType: gold\n  warranty: Garantía de fábrica: 30 días\n");

        assertThat(error).isInstanceOf(ConfigException.class);
        assertThat(error.problems()).singleElement().asString().startsWith("line 3: not valid YAML");
        assertThat(error.getMessage()).startsWith("mapping.yaml: 1 problem");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKeyItsLineAndTheKnownKeys() {
        MappingFileException error = failure("defaults:\n  listingType: gold\n  warrenty: \"30 días\"\n");

        assertThat(error.problems()).containsExactly("line 3, defaults.warrenty: is not a known key in defaults;"
                + " known keys: listingType, warranty, origin, shippingDays, brand, baseColour, package, taxcode,"
                + " minimumDimensionCm, minimumWeightKg");
    }

    @Test
    void anUnknownSectionIsAnError() {
        assertThat(failure("colors:\n  Rojo: ROJO\n").problems())
                .containsExactly("line 1, colors: is not a known key; known keys: defaults, categories, attributes,"
                        + " colours, sizeGroups, markets, exclude, orders");
    }

    @Test
    void badValuesAreErrorsNamingKeyAndLine() {
        String yaml = String.join("\n",
                "defaults:",
                "  listingType: platinum",
                "  warranty: \"30 dias de garantía\"",
                "  origin: Mexico",
                "  shippingDays: -1",
                "  baseColour: \"\"",
                "  package:",
                "    paddingCm: -2",
                "    paddingKg: mucho",
                "  minimumWeightKg: 0",
                "  taxcode: \"123456789012345678901\"",
                "");
        MappingFileException error = failure(yaml);

        assertThat(error.problems()).containsExactly(
                "line 2, defaults.listingType: 'platinum' is not a listing type; use one of bronze, silver, gold_pro,"
                        + " gold_premium, gold_special, gold",
                "line 3, defaults.warranty: '30 dias de garantía' is not a MarketSync warranty: write '(n) días',"
                        + " '(n) meses' or '(n) años', optionally after 'Garantía de fábrica: '",
                "line 4, defaults.origin: 'Mexico' is not a whole number",
                "line 5, defaults.shippingDays: is -1; it must be at least 0",
                "line 6, defaults.baseColour: must name a base colour of MarketSync's colores catalogue",
                "line 8, defaults.package.paddingCm: is -2; it cannot be negative",
                "line 9, defaults.package.paddingKg: 'mucho' is not a number",
                "line 10, defaults.minimumWeightKg: is 0; it must be at least 1",
                "line 11, defaults.taxcode: has 21 characters; taxcode holds at most 20");
        assertThat(error.getMessage()).startsWith("mapping.yaml: 9 problems\n  line 2, defaults.listingType");
    }

    @Test
    void categoryAndMarketKeysMustBeIds() {
        String yaml = "categories:\n  camisetas: 16431\n  12: cero\n  13: 0\nmarkets:\n  amazon:\n    markupPercent: 10\n";

        assertThat(failure(yaml).problems()).containsExactly(
                "line 2, categories.camisetas: 'camisetas' is not a store category id (a whole number above 0)",
                "line 3, categories.12: 'cero' is not a whole number",
                "line 4, categories.13: is 0; it must be at least 1",
                "line 6, markets.amazon: 'amazon' is not a market id (a whole number above 0)");
    }

    @Test
    void anAttributeSourceMustBeOneOfTheKnownKinds() {
        String yaml = "attributes:\n  BRAND: marca\n  MATERIAL: \"feature:\"\n  SIZE: option:Talla\n  MODEL: mpn:extra\n";

        assertThat(failure(yaml).problems()).containsExactly(
                "line 2, attributes.BRAND: 'marca' is not a value source; use one of " + AttributeSource.describeSyntax(),
                "line 3, attributes.MATERIAL: 'feature:' is not a value source; use one of " + AttributeSource.describeSyntax(),
                "line 5, attributes.MODEL: 'mpn:extra' is not a value source; use one of " + AttributeSource.describeSyntax());
    }

    @Test
    void theSameColourTwiceIgnoringCaseAndAccentsIsAnError() {
        assertThat(failure("colours:\n  Azul marino: AZUL\n  AZUL MARINÓ: NEGRO\n").problems())
                .containsExactly("line 3, colours.AZUL MARINÓ: maps the same colour as 'Azul marino' (names ignore"
                        + " case and accents)");
    }

    @Test
    void aKeyWrittenTwiceIsAnError() {
        assertThat(failure("defaults:\n  origin: 484\n  origin: 156\n").problems())
                .containsExactly("line 3, defaults.origin: is written twice; keep one");
    }

    @Test
    void priceRulesAreChecked() {
        String yaml = "markets:\n  4:\n    markupPercent: -100\n    roundTo: 0\n    maxDiscountPercent: 100\n"
                + "    margin: 5\n";

        assertThat(failure(yaml).problems()).containsExactly(
                "line 3, markets.4.markupPercent: must be above -100",
                "line 4, markets.4.roundTo: must be above 0 (0.99 for prices ending in .99, 1 for whole pesos)",
                "line 5, markets.4.maxDiscountPercent: must be below 100",
                "line 6, markets.4.margin: is not a known key in markets.4; known keys: markupPercent, fixedAdd,"
                        + " roundTo, maxDiscountPercent");
    }

    @Test
    void aSectionOfTheWrongShapeIsAnError() {
        assertThat(failure("categories: [12, 13]\nsizeGroups: Talla\n").problems()).containsExactly(
                "line 1, categories: must be a section of 'key: value' lines, found a list",
                "line 2, sizeGroups: must be a list, e.g. [Talla, Size]");
    }

    @Test
    void problemsAreListedInFileOrderWhateverSectionFoundThem() {
        String yaml = "markets:\n  4:\n    roundTo: cero\ndefaults:\n  origin: México\nextra: 1\n";

        assertThat(failure(yaml).problems()).extracting(p -> p.substring(0, p.indexOf(','))).containsExactly(
                "line 3", "line 5", "line 6");
    }

    @Test
    void theDefaultCategorySettingMustBeAnId() {
        assertThat(catchThrowableOfType(MappingFileException.class,
                () -> MarketSyncMappingLoader.parse("", "mapping.yaml", "playeras")).problems())
                .containsExactly("hub.marketsync.default-category-id: 'playeras' is not a MarketSync category id (a"
                        + " whole number above 0, or empty for none)");
    }

    @Test
    void aWarrantyOverFiftyCharactersIsRefused() {
        assertThat(failure("defaults:\n  warranty: \"Garantía de fábrica: 123456789012345678901234567890 días\"\n")
                .problems()).containsExactly("line 2, defaults.warranty: has 56 characters; warranty holds at most 50");
    }

    @Test
    void anEmptyBrandAndTaxcodeAreAllowed() {
        MarketSyncMapping mapping = MarketSyncMappingLoader.parse("defaults:\n  brand:\n  taxcode: ''\n  warranty: ''\n",
                "mapping.yaml", null);

        assertThat(mapping.defaults().brand()).isEmpty();
        assertThat(mapping.defaults().taxcode()).isEmpty();
        assertThat(mapping.defaults().warranty()).isEmpty();
    }
}
