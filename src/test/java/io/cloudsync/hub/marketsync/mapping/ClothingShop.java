package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.model.Prices;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Mexican clothing shop and MarketSync's catalogue for it: what the mapping tests build on. The
 * catalogue is read from answers in MarketSync's documented shape (numbers as strings).
 */
public final class ClothingShop {

    static final long STORE_HOME = 2;
    static final long STORE_CAMISETAS = 12;
    static final long STORE_BOLSOS = 20;
    static final long STORE_OFERTAS = 30;
    static final long PLAYERAS = 16431;
    static final long BOLSOS = 16500;
    static final long ACCESORIOS_SIN_VARIACION = 9350;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClothingShop() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode categoriasAnswer() {
        return json("{'answer': ["
                + "{'id': '16431', 'categoria': 'PLAYERAS', 'ruta': 'ROPA/MUJER/PLAYERAS', 'permite_variacion': '1'},"
                + "{'id': '16500', 'categoria': 'BOLSOS', 'ruta': 'ACCESORIOS/BOLSOS', 'permite_variacion': '1'},"
                + "{'id': '9350', 'categoria': 'PIES PRENSATELAS', 'ruta': 'ELECTRODOMESTICOS/PIES_PRENSATELAS',"
                + " 'permite_variacion': '0'}"
                + "], 'timestamp': '2024-05-01 10:00:00'}");
    }

    /** PLAYERAS: BRAND and MODEL mandatory on the product, COLOR and SIZE mandatory on each variation. */
    static JsonNode playerasAttributesAnswer() {
        return json("{'answer': ["
                + "{'id': '5833', 'orden': '1', 'atributo': 'BRAND', 'nombre': 'Marca', 'relevancia': '1',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '0', 'valores': [], 'unidades': []},"
                + "{'id': '5835', 'orden': '3', 'atributo': 'MODEL', 'nombre': 'Modelo', 'relevancia': '1',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '0', 'valores': [], 'unidades': []},"
                + "{'id': '5836', 'orden': '4', 'atributo': 'MATERIAL', 'nombre': 'Material', 'relevancia': '0',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '0', 'valores': [], 'unidades': []},"
                + "{'id': '5837', 'orden': '5', 'atributo': 'GENDER', 'nombre': 'Género', 'relevancia': '0',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '0',"
                + " 'valores': [{'id': '1', 'clave': '1', 'valor': 'Mujer'}, {'id': '2', 'clave': '2', 'valor': 'Hombre'},"
                + " {'id': '3', 'clave': '3', 'valor': 'Unisex'}], 'unidades': []},"
                + "{'id': '5838', 'orden': '6', 'atributo': 'SELLER_SKU', 'nombre': 'SKU', 'relevancia': '0',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '0', 'valores': [], 'unidades': []},"
                + "{'id': '5839', 'orden': '7', 'atributo': 'COLOR', 'nombre': 'Color', 'relevancia': '1',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '1', 'valores': [], 'unidades': []},"
                + "{'id': '5840', 'orden': '8', 'atributo': 'SIZE', 'nombre': 'Talla', 'relevancia': '1',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '1', 'valores': [], 'unidades': []},"
                + "{'id': '5841', 'orden': '9', 'atributo': 'GTIN', 'nombre': 'Código universal', 'relevancia': '0',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '1', 'valores': [], 'unidades': []},"
                + "{'id': '5834', 'orden': '2', 'atributo': 'ITEM_CONDITION', 'nombre': 'Condición', 'relevancia': '0',"
                + " 'tipo_valor': 'string', 'tipo_long_max': '255', 'variacion': '0', 'valores': [], 'unidades': []}"
                + "]}");
    }

    static JsonNode bolsosAttributesAnswer() {
        return json("[{'id': '7001', 'orden': '1', 'atributo': 'BRAND', 'nombre': 'Marca', 'relevancia': '1',"
                + " 'tipo_long_max': '255', 'variacion': '0', 'valores': []}]");
    }

    static JsonNode coloresAnswer() {
        return json("{'answer': [{'id': '3', 'color': 'AMARILLO'}, {'id': '4', 'color': 'AZUL'},"
                + " {'id': '1', 'color': 'BEIGE'}, {'id': '5', 'color': 'BLANCO'}, {'id': '6', 'color': 'CAFÉ'},"
                + " {'id': '7', 'color': 'GRIS'}, {'id': '8', 'color': 'MULTICOLOR'}, {'id': '9', 'color': 'NEGRO'},"
                + " {'id': '10', 'color': 'ROJO'}, {'id': '11', 'color': 'VERDE'}]}");
    }

    static JsonNode paisesAnswer() {
        return json("{'answer': [{'id': '156', 'pais': 'China', 'code': 'CN', 'code3': 'CHN'},"
                + " {'id': '484', 'pais': 'Mexico', 'code': 'MX', 'code3': 'MEX'},"
                + " {'id': '840', 'pais': 'United States', 'code': 'US', 'code3': 'USA'}]}");
    }

    static JsonNode marketsAnswer() {
        return json("{'answer': [{'id': '1', 'market': 'Claro', 'url_sitio': 'https://www.claroshop.com/'},"
                + " {'id': '4', 'market': 'Mercado', 'url_sitio': 'https://mercadolibre.com.mx'},"
                + " {'id': '6', 'market': 'Amazon', 'url_sitio': 'https://www.amazon.com.mx'}]}");
    }

    public static MarketSyncCatalogue catalogue() {
        return MarketSyncCatalogue.fromAnswers(categoriasAnswer(),
                Map.of(PLAYERAS, playerasAttributesAnswer(), BOLSOS, bolsosAttributesAnswer()),
                coloresAnswer(), paisesAnswer(), marketsAnswer());
    }

    public static MarketSyncMapping mapping() {
        Map<String, AttributeSource> attributes = new LinkedHashMap<>();
        attributes.put("BRAND", source("manufacturer"));
        attributes.put("MODEL", source("mpn"));
        attributes.put("ITEM_CONDITION", source("constant:Nuevo"));
        attributes.put("MATERIAL", source("feature:Composición"));
        attributes.put("GENDER", source("feature:Género"));
        attributes.put("SELLER_SKU", source("reference"));
        attributes.put("COLOR", source("colour"));
        attributes.put("SIZE", source("size"));
        attributes.put("GTIN", source("ean13"));
        return new MarketSyncMapping(
                new MarketSyncMapping.Defaults("gold_special", "Garantía de fábrica: 30 días", 484, 2, "",
                        "MULTICOLOR", new MarketSyncMapping.PackagePadding(new BigDecimal("2"), new BigDecimal("0.2")),
                        "53101600", 1, 1),
                Map.of(STORE_CAMISETAS, PLAYERAS, STORE_BOLSOS, BOLSOS),
                null,
                attributes,
                Map.of("Azul marino", "AZUL", "Burdeos", "ROJO"),
                List.of("Talla", "Size"),
                Map.of(4L, new PriceRule(new BigDecimal("15"), BigDecimal.ZERO, new BigDecimal("0.99"), null)));
    }

    static AttributeSource source(String text) {
        return AttributeSource.parse(text).orElseThrow();
    }

    static Prices prices(String list, String finalPrice) {
        BigDecimal listPrice = new BigDecimal(list);
        return new Prices(listPrice.divide(new BigDecimal("1.16"), 2, java.math.RoundingMode.HALF_UP), listPrice,
                new BigDecimal(finalPrice));
    }

    static Variation.Attribute colour(String value) {
        return new Variation.Attribute("Color", value, true);
    }

    static Variation.Attribute talla(String value) {
        return new Variation.Attribute("Talla", value, false);
    }

    static Variation combination(long id, String reference, String ean13, boolean isDefault, String colour,
            String size, List<String> images) {
        return new Variation(id, reference, ean13, isDefault, List.of(colour(colour), talla(size)),
                prices("499.00", "399.20"), images);
    }

    /** A linen T-shirt in navy blue (S, M) and red (L, XL), 20 % off; the red ones have their own photos. */
    public static ProductBuilder camiseta() {
        ProductBuilder builder = new ProductBuilder();
        builder.variations = new ArrayList<>(List.of(
                combination(101, "CAM-LINO-AZ-S", "7501031311309", true, "Azul marino", "S", List.of()),
                combination(102, "CAM-LINO-AZ-M", "7501031311316", false, "Azul marino", "M", List.of()),
                combination(103, "CAM-LINO-RO-L", "7501031311323", false, "Rojo", "L",
                        List.of("https://tienda.example.mx/201-large_default/camiseta-lino-roja.jpg",
                                "https://tienda.example.mx/202-large_default/camiseta-lino-roja.jpg")),
                combination(104, "CAM-LINO-RO-XL", "7501031311330", false, "Rojo", "XL",
                        List.of("https://tienda.example.mx/201-large_default/camiseta-lino-roja.jpg"))));
        return builder;
    }

    /** A leather bag without combinations: one variation, combination 0, with the product's reference. */
    public static ProductBuilder bolso() {
        ProductBuilder builder = new ProductBuilder();
        builder.id = 77;
        builder.reference = "BOLSO-PIEL-01";
        builder.name = "Bolso de piel tipo bandolera";
        builder.summary = "<p>Bolso de piel genuina con correa ajustable.</p>";
        builder.description = "<p>Hecho a mano en Le&oacute;n, Guanajuato.</p>";
        builder.metaKeywords = "";
        builder.manufacturer = "Piel Bajío";
        builder.defaultCategoryId = STORE_BOLSOS;
        builder.defaultCategoryName = "Bolsos";
        builder.categoryIds = List.of(STORE_HOME, STORE_BOLSOS);
        builder.ean13 = "7501234567897";
        builder.mpn = "";
        builder.features = List.of(new Product.Feature("Color", "Café"), new Product.Feature("Material", "Piel"));
        builder.imageUrls = List.of("https://tienda.example.mx/301-large_default/bolso-de-piel.jpg");
        builder.prices = prices("1299.00", "1299.00");
        builder.variations = new ArrayList<>(List.of(new Variation(0, "BOLSO-PIEL-01", "", true, List.of(),
                prices("1299.00", "1299.00"), List.of())));
        return builder;
    }

    /** A canonical product with every field settable; starts as the linen T-shirt without variations. */
    public static final class ProductBuilder {
        public long id = 42;
        public String reference = "CAM-LINO-01";
        public boolean active = true;
        public String name = "Camiseta de lino para mujer";
        public String description = "<h2>Camiseta de lino</h2><p>Fresca y ligera, ideal para el verano en la"
                + " costa.</p><ul><li>100&nbsp;% lino</li><li>Corte recto</li></ul>";
        public String summary = "<p>Camiseta de <strong>lino</strong> &amp; algod&oacute;n, &#8220;fresca&#8221; y"
                + " c&oacute;moda.</p>";
        public String metaKeywords = "camiseta, lino,verano , mujer";
        public String manufacturer = "Textiles Oaxaca";
        public long defaultCategoryId = STORE_CAMISETAS;
        public String defaultCategoryName = "Camisetas";
        public List<Long> categoryIds = List.of(STORE_HOME, STORE_CAMISETAS);
        String ean13 = "";
        public String mpn = "TXO-CL-2024";
        public Product.Dimensions dimensions = new Product.Dimensions(new BigDecimal("0.25"), new BigDecimal("30"),
                new BigDecimal("2.5"), new BigDecimal("40"));
        public Prices prices = ClothingShop.prices("499.00", "399.20");
        public List<String> imageUrls = List.of("https://tienda.example.mx/101-large_default/camiseta-de-lino.jpg",
                "https://tienda.example.mx/102-large_default/camiseta-de-lino.jpg",
                "https://tienda.example.mx/103-large_default/camiseta-de-lino.jpg");
        public List<Product.Feature> features = List.of(new Product.Feature("Composición", "100% lino"),
                new Product.Feature("Género", "mujer"), new Product.Feature("Corte", "Recto"),
                new Product.Feature("Cuidado", "Lavar a mano con agua fría"));
        public List<Variation> variations = new ArrayList<>();
        public LocalDateTime dateAdd = LocalDateTime.of(2024, 3, 15, 10, 30, 5);

        ProductBuilder with(java.util.function.Consumer<ProductBuilder> change) {
            change.accept(this);
            return this;
        }

        public Product build() {
            return new Product(id, reference, active, name, description, summary, metaKeywords, manufacturer,
                    defaultCategoryId, defaultCategoryName, categoryIds, ean13, mpn, dimensions, prices, imageUrls,
                    features, variations, dateAdd);
        }
    }

    /** Stock of the T-shirt's combinations. */
    static Map<Long, Integer> camisetaStock() {
        return Map.of(101L, 12, 102L, 0, 103L, 5, 104L, 3);
    }
}
