package io.cloudsync.hub.sandbox.store.webservice;

import java.util.List;
import java.util.function.Function;

/**
 * An association list of a resource ({@code associations.categories}, {@code associations.order_rows}…): entries
 * of string values aligned with {@code fields}.
 *
 * @param nodeType the XML element of one entry ({@code category})
 * @param api      the resource the entries point at, or empty
 */
public record Association<T>(String name, String nodeType, String api, List<String> fields,
                             Function<T, List<String[]>> entries) {

    public Association {
        fields = List.copyOf(fields);
    }

    /** An association whose entries only carry an id. */
    public static <T> Association<T> ids(String name, String nodeType, String api, Function<T, int[]> ids) {
        return new Association<>(name, nodeType, api, List.of("id"), row -> {
            int[] values = ids.apply(row);
            List<String[]> entries = new java.util.ArrayList<>(values.length);
            for (int value : values) {
                entries.add(new String[] {Integer.toString(value)});
            }
            return entries;
        });
    }
}
