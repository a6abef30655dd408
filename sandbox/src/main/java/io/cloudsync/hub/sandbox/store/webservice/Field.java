package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One field of a webservice resource: its name, how it is typed on the wire, how to read it from a row, and what
 * PrestaShop says about it (required on write, not writable, computed by a getter so not filterable).
 */
public final class Field<T> {

    /** How a value travels: {@code id} is a JSON number, nearly everything else a string. */
    public enum Kind {
        /** the row id: a JSON number */
        ID,
        /** a whole number sent as a string ({@code "12"}) */
        INT,
        /** a whole number sent as a JSON number (combination {@code quantity}) */
        NUMBER,
        /** a fixed-point decimal sent as a string ({@code "23.900000"}) */
        DECIMAL,
        /** a shop-local date-time ({@code "2024-03-10 02:30:00"} or the zero date) */
        DATETIME,
        /** a date ({@code "1980-05-01"} or {@code "0000-00-00"}) */
        DATE,
        /** a string, or JSON null */
        TEXT,
        /** {@code "0"} or {@code "1"} */
        BOOL,
        /** multi-language text */
        I18N
    }

    private final String name;
    private final Kind kind;
    private final ToLongFunction<T> number;
    private final Function<T, String> text;
    private final BiFunction<T, Language, String> localized;
    private final int decimals;
    private final boolean required;
    private final boolean writable;
    private final boolean dynamic;
    private final Function<T, Map<String, String>> overlay;
    private final ToLongFunction<T> compared;

    private Field(String name, Kind kind, ToLongFunction<T> number, Function<T, String> text,
                  BiFunction<T, Language, String> localized, int decimals, boolean required, boolean writable,
                  boolean dynamic, Function<T, Map<String, String>> overlay) {
        this(name, kind, number, text, localized, decimals, required, writable, dynamic, overlay, number);
    }

    private Field(String name, Kind kind, ToLongFunction<T> number, Function<T, String> text,
                  BiFunction<T, Language, String> localized, int decimals, boolean required, boolean writable,
                  boolean dynamic, Function<T, Map<String, String>> overlay, ToLongFunction<T> compared) {
        this.name = name;
        this.kind = kind;
        this.number = number;
        this.text = text;
        this.localized = localized;
        this.decimals = decimals;
        this.required = required;
        this.writable = writable;
        this.dynamic = dynamic;
        this.overlay = overlay;
        this.compared = compared;
    }

    public static <T> Field<T> id(ToLongFunction<T> getter) {
        return new Field<>("id", Kind.ID, getter, null, null, 0, false, true, false, null);
    }

    public static <T> Field<T> integer(String name, ToLongFunction<T> getter) {
        return new Field<>(name, Kind.INT, getter, null, null, 0, false, true, false, null);
    }

    public static <T> Field<T> number(String name, ToLongFunction<T> getter) {
        return new Field<>(name, Kind.NUMBER, getter, null, null, 0, false, true, false, null);
    }

    /** A decimal kept in millionths, shown with six decimals. */
    public static <T> Field<T> decimal(String name, ToLongFunction<T> micros) {
        return new Field<>(name, Kind.DECIMAL, micros, null, null, 6, false, true, false, null);
    }

    public static <T> Field<T> decimal(String name, ToLongFunction<T> micros, int decimals) {
        return new Field<>(name, Kind.DECIMAL, micros, null, null, decimals, false, true, false, null);
    }

    public static <T> Field<T> dateTime(String name, ToLongFunction<T> wallSeconds) {
        return new Field<>(name, Kind.DATETIME, wallSeconds, null, null, 0, false, true, false, null);
    }

    public static <T> Field<T> date(String name, ToLongFunction<T> wallSeconds) {
        return new Field<>(name, Kind.DATE, wallSeconds, null, null, 0, false, true, false, null);
    }

    public static <T> Field<T> text(String name, Function<T, String> getter) {
        return new Field<>(name, Kind.TEXT, null, getter, null, 0, false, true, false, null);
    }

    /** A field every row shows with the same value ({@code null} for JSON null). */
    public static <T> Field<T> constant(String name, String value) {
        return new Field<>(name, Kind.TEXT, null, row -> value, null, 0, false, true, false, null);
    }

    public static <T> Field<T> bool(String name, Predicate<T> getter) {
        return new Field<>(name, Kind.BOOL, row -> getter.test(row) ? 1 : 0, null, null, 0, false, true, false, null);
    }

    public static <T> Field<T> i18n(String name, BiFunction<T, Language, String> getter) {
        return new Field<>(name, Kind.I18N, null, null, getter, 0, false, true, false, null);
    }

    public Field<T> required() {
        return new Field<>(name, kind, number, text, localized, decimals, true, writable, dynamic, overlay, compared);
    }

    /** PrestaShop's {@code 'setter' => false}: present in a written body, it is an error. */
    public Field<T> readOnly() {
        return new Field<>(name, kind, number, text, localized, decimals, required, false, dynamic, overlay, compared);
    }

    /** Computed by a getter: shown, but filtering on it is refused. */
    public Field<T> dynamic() {
        return new Field<>(name, kind, number, text, localized, decimals, required, writable, true, overlay, compared);
    }

    /** Values written to a row's plain-value map win over the getter. */
    public Field<T> withOverlay(Function<T, Map<String, String>> values) {
        return kind == Kind.I18N || kind == Kind.ID ? this
                : new Field<>(name, kind, number, text, localized, decimals, required, writable, dynamic, values, compared);
    }

    /**
     * Filters and sorts compare another value than the one shown: {@code products.date_upd} shows
     * {@code ps_product_shop.date_upd} but the SQL filter reads {@code ps_product.date_upd}.
     */
    public Field<T> comparedBy(ToLongFunction<T> value) {
        return new Field<>(name, kind, number, text, localized, decimals, required, writable, dynamic, overlay, value);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isWritable() {
        return writable;
    }

    public boolean isDynamic() {
        return dynamic;
    }

    public boolean isI18n() {
        return kind == Kind.I18N;
    }

    /** The value written as plain text, when a plain-value map holds one for this row. */
    String overlaid(T row) {
        return overlay == null ? null : overlay.apply(row).get(name);
    }

    /** Numeric value as shown (ids, numbers, millionths, wall seconds, 0/1); only for non-text kinds. */
    public long numberOf(T row) {
        return number.applyAsLong(row);
    }

    /** Numeric value filters and sorts compare; only for non-text kinds. */
    public long comparedNumberOf(T row) {
        return compared.applyAsLong(row);
    }

    /** Whether comparisons on this field are numeric (including dates as wall seconds). */
    public boolean comparesAsNumber() {
        return kind != Kind.TEXT && kind != Kind.I18N;
    }

    /** The value as the webservice shows it; null for JSON null. */
    public String textOf(T row, Language language) {
        String overlaid = overlaid(row);
        if (overlaid != null) {
            return overlaid;
        }
        return switch (kind) {
            case ID, INT, NUMBER, BOOL -> Long.toString(number.applyAsLong(row));
            case DECIMAL -> Micros.format(number.applyAsLong(row), decimals);
            case DATETIME -> ShopTime.format(number.applyAsLong(row));
            case DATE -> ShopTime.formatDate(number.applyAsLong(row));
            case TEXT -> text.apply(row);
            case I18N -> localized.apply(row, language);
        };
    }

    void write(T row, RenderContext context, OutputWriter out) {
        String overlaid = overlaid(row);
        if (overlaid != null) {
            out.text(name, overlaid);
            return;
        }
        switch (kind) {
            case ID -> out.id(name, number.applyAsLong(row));
            case NUMBER -> out.number(name, number.applyAsLong(row));
            case I18N -> {
                String[] values = new String[context.languages().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = localized.apply(row, context.languages().get(i));
                }
                out.localized(name, context.languages(), values);
            }
            default -> out.text(name, textOf(row, null));
        }
    }
}
