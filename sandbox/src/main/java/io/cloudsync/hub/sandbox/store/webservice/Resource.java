package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.IdTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A webservice resource: its names, its table, its fields in PrestaShop's order, its associations, the methods
 * the sandbox key may use on it, the id lookups that keep big {@code filter[x]=[a|b|…]} calls fast, and, for
 * products and combinations, what a computed price ({@code price[alias]}) is about.
 */
record Resource<T>(String plural, String singular, String description, IdTable<T> table, List<Field<T>> fields,
                   List<Association<T>> associations, Set<String> methods, Map<String, IntFunction<int[]>> indexes,
                   Function<T, PriceTarget> priceTarget, ResourceWriter<T> writer) {

    static final Set<String> READ = Set.of("GET", "HEAD");
    static final Set<String> READ_WRITE = Set.of("GET", "HEAD", "PUT", "PATCH", "POST", "DELETE");

    Resource {
        fields = List.copyOf(fields);
        associations = List.copyOf(associations);
        Map<String, IntFunction<int[]>> withId = new LinkedHashMap<>(indexes);
        withId.putIfAbsent("id", id -> table.contains(id) ? new int[] {id} : new int[0]);
        indexes = Map.copyOf(withId);
    }

    Field<T> field(String name) {
        for (Field<T> field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    Association<T> association(String name) {
        for (Association<T> association : associations) {
            if (association.name().equals(name)) {
                return association;
            }
        }
        return null;
    }

    long idOf(T row) {
        return fields.get(0).numberOf(row);
    }
}
