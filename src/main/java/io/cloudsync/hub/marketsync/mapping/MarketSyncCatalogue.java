package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What MarketSync's catalogue controllers say, as far as mapping and validation need it: categories, the
 * attributes of each category, base colours, countries and active markets. Built by the hub from the answers
 * of {@code categorias}, {@code categorias/atributos/{id}}, {@code colores}, {@code paises} and {@code markets}
 * ({@link #fromAnswers}).
 *
 * @param attributesByCategory the attributes of the categories whose attributes were read, in MarketSync's order
 * @param baseColours          base colours as MarketSync spells them (upper case)
 * @param countries            country id ({@code origen}) → name
 * @param markets              active market id → name
 */
public record MarketSyncCatalogue(
        Map<Long, Category> categories,
        Map<Long, List<CategoryAttribute>> attributesByCategory,
        Set<String> baseColours,
        Map<Integer, String> countries,
        Map<Long, String> markets) {

    public MarketSyncCatalogue {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        Map<Long, List<CategoryAttribute>> attributes = new TreeMap<>();
        attributesByCategory.forEach((id, list) -> attributes.put(id, List.copyOf(list)));
        attributesByCategory = Collections.unmodifiableMap(attributes);
        baseColours = Collections.unmodifiableSet(new LinkedHashSet<>(baseColours));
        countries = Collections.unmodifiableMap(new TreeMap<>(countries));
        markets = Collections.unmodifiableMap(new TreeMap<>(markets));
    }

    /**
     * A MarketSync category ({@code categorias}).
     *
     * @param name             its {@code categoria}
     * @param path             its {@code ruta}
     * @param allowsVariations {@code permite_variacion}
     */
    public record Category(long id, String name, String path, boolean allowsVariations) {
    }

    /**
     * One attribute of a category ({@code categorias/atributos/{id}}).
     *
     * @param key            {@code atributo}: the key products carry as {@code atributo_id} ({@code BRAND})
     * @param mandatory      {@code relevancia} = 1
     * @param variationLevel {@code variacion} ≠ 0: carried by each variation, never by the product
     * @param maxLength      {@code tipo_long_max}, 0 when not given
     * @param allowedValues  {@code valores}; empty when any value goes
     */
    public record CategoryAttribute(long id, String key, String name, boolean mandatory, boolean variationLevel,
            int maxLength, List<String> allowedValues) {

        public CategoryAttribute {
            allowedValues = List.copyOf(allowedValues);
        }

        /** The allowed value matching {@code value} regardless of case and accents, spelled as MarketSync does. */
        public Optional<String> allowedSpelling(String value) {
            if (allowedValues.isEmpty()) {
                return Optional.empty();
            }
            String key = TextKey.of(value);
            return allowedValues.stream().filter(allowed -> TextKey.of(allowed).equals(key)).findFirst();
        }
    }

    public Optional<Category> category(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(categories.get(id));
    }

    public List<CategoryAttribute> attributesOf(Long categoryId) {
        return categoryId == null ? List.of() : attributesByCategory.getOrDefault(categoryId, List.of());
    }

    /** The base colour named {@code name} (ignoring case and accents), spelled as the catalogue does. */
    public Optional<String> baseColour(String name) {
        String key = TextKey.upper(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return baseColours.stream().filter(colour -> TextKey.upper(colour).equals(key)).findFirst();
    }

    public boolean hasCountry(int id) {
        return countries.containsKey(id);
    }

    /**
     * The catalogue from MarketSync's answers, each either the whole envelope ({@code {"answer": …}}) or its
     * {@code answer}. Numbers may arrive as strings; a category list may be an array or a single
     * {@code {"result": {…}}}.
     *
     * @param atributosByCategory the {@code categorias/atributos/{id}} answer of each category read, by id
     */
    public static MarketSyncCatalogue fromAnswers(JsonNode categorias, Map<Long, JsonNode> atributosByCategory,
            JsonNode colores, JsonNode paises, JsonNode markets) {
        Map<Long, Category> categories = new LinkedHashMap<>();
        for (JsonNode row : rows(categorias)) {
            long id = whole(row.get("id"), -1);
            if (id > 0) {
                categories.put(id, new Category(id, text(row.get("categoria")), text(row.get("ruta")),
                        whole(row.get("permite_variacion"), 0) == 1));
            }
        }
        Map<Long, List<CategoryAttribute>> attributes = new LinkedHashMap<>();
        atributosByCategory.forEach((categoryId, answer) -> attributes.put(categoryId, attributes(answer)));
        Set<String> colours = new LinkedHashSet<>();
        for (JsonNode row : rows(colores)) {
            String colour = text(row.get("color")).trim();
            if (!colour.isEmpty()) {
                colours.add(colour);
            }
        }
        Map<Integer, String> countries = new LinkedHashMap<>();
        for (JsonNode row : rows(paises)) {
            long id = whole(row.get("id"), -1);
            if (id > 0 && id <= Integer.MAX_VALUE) {
                countries.put((int) id, text(row.get("pais")));
            }
        }
        Map<Long, String> activeMarkets = new LinkedHashMap<>();
        for (JsonNode row : rows(markets)) {
            long id = whole(row.get("id"), whole(row.get("market_id"), -1));
            boolean active = !row.has("activo") || whole(row.get("activo"), 1) == 1;
            if (id > 0 && active) {
                activeMarkets.put(id, text(row.get("market")));
            }
        }
        return new MarketSyncCatalogue(categories, attributes, colours, countries, activeMarkets);
    }

    private static List<CategoryAttribute> attributes(JsonNode answer) {
        List<JsonNode> rows = rows(answer);
        List<JsonNode> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(row -> whole(row.get("orden"), Long.MAX_VALUE)));
        List<CategoryAttribute> attributes = new ArrayList<>();
        for (JsonNode row : ordered) {
            String key = text(row.get("atributo")).trim();
            if (key.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : row.path("valores")) {
                String text = value.isObject() ? text(value.get("valor")) : text(value);
                if (!text.isBlank()) {
                    values.add(text.trim());
                }
            }
            attributes.add(new CategoryAttribute(whole(row.get("id"), 0), key, text(row.get("nombre")),
                    whole(row.get("relevancia"), 0) == 1, whole(row.get("variacion"), 0) != 0,
                    (int) Math.max(0, Math.min(Integer.MAX_VALUE, whole(row.get("tipo_long_max"), 0))), values));
        }
        return attributes;
    }

    /** The rows of an answer: the envelope is unwrapped, a {@code result} object or a single object is one row. */
    private static List<JsonNode> rows(JsonNode answer) {
        JsonNode node = answer;
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isObject() && node.has("answer")) {
            node = node.get("answer");
        }
        if (node.isObject() && node.has("result")) {
            node = node.get("result");
        }
        List<JsonNode> rows = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(rows::add);
        } else if (node.isObject()) {
            rows.add(node);
        }
        return rows;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText("");
    }

    private static long whole(JsonNode node, long fallback) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return fallback;
        }
        try {
            BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText("").trim());
            return value.stripTrailingZeros().longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return fallback;
        }
    }
}
