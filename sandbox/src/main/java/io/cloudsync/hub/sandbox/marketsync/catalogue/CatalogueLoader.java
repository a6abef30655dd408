package io.cloudsync.hub.sandbox.marketsync.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the catalogue data files from {@code sandbox/marketsync/} on the classpath. */
final class CatalogueLoader {

    static final String FOLDER = "sandbox/marketsync/";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Catalogue BUNDLED = load();

    private CatalogueLoader() {
    }

    private record CategoryRow(int id, String ruta, @JsonProperty("permite_variacion") int permiteVariacion,
                               List<String> atributos) {
    }

    private record AttributeRow(String atributo, String nombre, int relevancia,
                                @JsonProperty("tipo_valor") String tipoValor,
                                @JsonProperty("tipo_long_max") int tipoLongMax, int variacion, List<String> valores,
                                List<String> unidades) {
    }

    static Catalogue load() {
        List<Market> markets = read("markets.json", new TypeReference<>() { });
        List<Colour> colours = read("colours.json", new TypeReference<>() { });
        List<Country> countries = read("countries.json", new TypeReference<>() { });
        Map<String, List<AttributeRow>> sets = read("attributes.json", new TypeReference<>() { });
        List<CategoryRow> rows = read("categories.json", new TypeReference<>() { });
        List<Category> categories = rows.stream().map(row -> category(row, sets)).toList();
        return new Catalogue(markets, categories, colours, countries);
    }

    private static Category category(CategoryRow row, Map<String, List<AttributeRow>> sets) {
        // Later sets override earlier ones attribute by attribute (a category's own set refines the common one).
        Map<String, AttributeRow> merged = new LinkedHashMap<>();
        for (String set : row.atributos()) {
            List<AttributeRow> attributes = sets.get(set);
            if (attributes == null) {
                throw new IllegalStateException("category " + row.id() + " names an unknown attribute set " + set);
            }
            attributes.forEach(a -> merged.put(a.atributo(), a));
        }
        List<CategoryAttribute> attributes = new ArrayList<>();
        int orden = 1;
        for (AttributeRow a : merged.values()) {
            attributes.add(new CategoryAttribute(row.id() * 100L + orden, orden, a.atributo(), a.nombre(),
                    a.relevancia(), a.tipoValor(), a.tipoLongMax(), a.variacion(), a.valores(), a.unidades()));
            orden++;
        }
        String leaf = row.ruta().substring(row.ruta().lastIndexOf('/') + 1).replace('_', ' ');
        return new Category(row.id(), leaf.toUpperCase(Locale.ROOT), row.ruta(), row.permiteVariacion() == 1,
                attributes);
    }

    private static <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is missing from the classpath");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }
}
