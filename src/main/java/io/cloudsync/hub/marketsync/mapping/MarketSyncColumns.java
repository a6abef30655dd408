package io.cloudsync.hub.marketsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MarketSync's column tables: the product controller's (seed 004, in its order), the variation controller's,
 * and the 21 product columns a PUT may change.
 */
public final class MarketSyncColumns {

    public static final List<ColumnSpec> PRODUCT = List.of(
            ColumnSpec.text("nombre", 120, true),
            ColumnSpec.text("descripcion", 250, true),
            ColumnSpec.text("ficha", 5000, true),
            ColumnSpec.integer("alto", true),
            ColumnSpec.integer("ancho", true),
            ColumnSpec.integer("largo", true),
            ColumnSpec.integer("peso", true),
            ColumnSpec.identifier("sku", 18, true),
            ColumnSpec.integer("dias_embarque", true),
            ColumnSpec.integer("categoria_id", true),
            ColumnSpec.integer("filtro_id", false),
            ColumnSpec.text("marca", 50, true),
            ColumnSpec.text("etiquetas", 200, true),
            ColumnSpec.identifier("modelo", 30, true),
            ColumnSpec.text("listing_type_id", 50, true),
            ColumnSpec.text("warranty", 50, false),
            ColumnSpec.text("nombre_modelo", 50, false),
            ColumnSpec.integer("origen", true),
            ColumnSpec.text("color", 50, true),
            ColumnSpec.text("base", 50, true),
            ColumnSpec.integer("palto", true),
            ColumnSpec.integer("pancho", true),
            ColumnSpec.integer("plargo", true),
            ColumnSpec.integer("ppeso", true),
            ColumnSpec.text("etiquetas_web", 500, false),
            ColumnSpec.identifier("taxcode", 20, false),
            new ColumnSpec("date_created", ColumnSpec.Type.DATE_TIME, 0, true, false),
            new ColumnSpec("atributos", ColumnSpec.Type.ARRAY, 0, true, false));

    /** The variation controller's columns (without {@code product_id}, which only MarketSync knows). */
    public static final List<ColumnSpec> VARIATION = variationColumns();

    /** The only product columns a PUT may carry, in the seed's order. */
    public static final List<String> UPDATABLE = List.of("nombre", "descripcion", "ficha", "alto", "largo", "ancho",
            "peso", "dias_embarque", "marca", "etiquetas", "modelo", "warranty", "nombre_modelo", "origen", "palto",
            "plargo", "pancho", "ppeso", "etiquetas_web", "date_created", "atributos");

    public static final int SKU_MIN_LENGTH = 5;
    public static final int SKU_MAX_LENGTH = 18;
    public static final int ATTRIBUTE_KEY_MAX_LENGTH = 50;
    public static final int ATTRIBUTE_VALUE_MAX_LENGTH = 50;
    public static final int IMAGES = 6;
    public static final int BULLETS = 5;
    /** Above this discount MarketSync warns that marketplaces may reject the listing. */
    public static final int RISKY_DISCOUNT_PERCENT = 60;

    public static final Set<String> DIMENSIONS = Set.of("alto", "ancho", "largo", "peso", "palto", "pancho", "plargo",
            "ppeso");

    /** {@code (n) días|meses|años}, optionally prefixed {@code Garantía de fábrica: }. */
    public static final Pattern WARRANTY = Pattern.compile("(Garantía de fábrica: )?[0-9]+ (días|meses|años)");

    public static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";

    private MarketSyncColumns() {
    }

    private static List<ColumnSpec> variationColumns() {
        List<ColumnSpec> columns = new ArrayList<>(List.of(
                ColumnSpec.identifier("sku", SKU_MAX_LENGTH, true),
                ColumnSpec.integer("stock", true),
                ColumnSpec.text("color", 50, true),
                ColumnSpec.text("base", 30, true),
                ColumnSpec.text("talla", 15, false),
                ColumnSpec.identifier("gtin", 15, false),
                ColumnSpec.identifier("video", 250, false)));
        for (int i = 1; i <= IMAGES; i++) {
            columns.add(ColumnSpec.identifier("imagen" + i, 250, false));
        }
        for (int i = 1; i <= BULLETS; i++) {
            columns.add(ColumnSpec.text("bullet" + i, 250, false));
        }
        columns.add(new ColumnSpec("atributos", ColumnSpec.Type.ARRAY, 0, true, false));
        return List.copyOf(columns);
    }
}
