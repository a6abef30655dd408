package io.cloudsync.hub.sandbox.marketsync.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scalar columns of a product, as the column table of the product controller defines them (type, maximum
 * length, mandatory) plus whether a PUT may change them. {@code atributos} is the 21st updatable column; it is
 * an array and handled apart.
 */
public enum ProductColumn {
    NOMBRE("nombre", Kind.TEXT, 120, true, true),
    DESCRIPCION("descripcion", Kind.TEXT, 250, true, true),
    FICHA("ficha", Kind.TEXT, 5000, true, true),
    ALTO("alto", Kind.INTEGER, 0, true, true),
    ANCHO("ancho", Kind.INTEGER, 0, true, true),
    LARGO("largo", Kind.INTEGER, 0, true, true),
    PESO("peso", Kind.INTEGER, 0, true, true),
    SKU("sku", Kind.TEXT, 18, true, false),
    DIAS_EMBARQUE("dias_embarque", Kind.INTEGER, 0, true, true),
    CATEGORIA_ID("categoria_id", Kind.INTEGER, 0, true, false),
    FILTRO_ID("filtro_id", Kind.INTEGER, 0, false, false),
    MARCA("marca", Kind.TEXT, 50, true, true),
    ETIQUETAS("etiquetas", Kind.TEXT, 200, true, true),
    MODELO("modelo", Kind.TEXT, 30, true, true),
    LISTING_TYPE_ID("listing_type_id", Kind.TEXT, 50, true, false),
    WARRANTY("warranty", Kind.TEXT, 50, false, true),
    NOMBRE_MODELO("nombre_modelo", Kind.TEXT, 50, false, true),
    ORIGEN("origen", Kind.INTEGER, 0, true, true),
    COLOR("color", Kind.TEXT, 50, true, false),
    BASE("base", Kind.TEXT, 50, true, false),
    PALTO("palto", Kind.INTEGER, 0, true, true),
    PANCHO("pancho", Kind.INTEGER, 0, true, true),
    PLARGO("plargo", Kind.INTEGER, 0, true, true),
    PPESO("ppeso", Kind.INTEGER, 0, true, true),
    ETIQUETAS_WEB("etiquetas_web", Kind.TEXT, 500, false, true),
    TAXCODE("taxcode", Kind.TEXT, 20, false, false),
    DATE_CREATED("date_created", Kind.DATE_TIME, 0, true, true);

    public enum Kind { TEXT, INTEGER, DATE_TIME }

    public static final String ATRIBUTOS = "atributos";
    /** The 21 columns a PUT may carry, in the order the documentation lists them. */
    public static final String UPDATABLE_LIST = "nombre, descripcion, ficha, alto, largo, ancho, peso, dias_embarque, "
            + "marca, etiquetas, modelo, warranty, nombre_modelo, origen, palto, plargo, pancho, ppeso, etiquetas_web, "
            + "date_created, atributos";

    private static final Map<String, ProductColumn> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProductColumn::column, Function.identity()));

    private final String column;
    private final Kind kind;
    private final int maxLength;
    private final boolean mandatory;
    private final boolean updatable;

    ProductColumn(String column, Kind kind, int maxLength, boolean mandatory, boolean updatable) {
        this.column = column;
        this.kind = kind;
        this.maxLength = maxLength;
        this.mandatory = mandatory;
        this.updatable = updatable;
    }

    public static Optional<ProductColumn> byName(String column) {
        return Optional.ofNullable(BY_NAME.get(column));
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public boolean updatable() {
        return updatable;
    }
}
