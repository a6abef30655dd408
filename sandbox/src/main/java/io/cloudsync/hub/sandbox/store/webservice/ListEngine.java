package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Runs a list query on a resource like the SQL PrestaShop builds: checks the filters and sorts it accepts, picks
 * the rows (through an id lookup when a filter names ids, e.g. hundreds of {@code filter[id_product]}), sorts them
 * (by id when no sort is given) and cuts the page.
 */
final class ListEngine {

    private static final int MAX_INDEXED_VALUES = 100_000;

    private ListEngine() {
    }

    /** The page of rows; the ordered selection is reused from {@code cache} while the shop's version holds. */
    static <T> List<T> select(Resource<T> resource, ListQuery query, List<Language> languages, SelectionCache cache,
                              long version) {
        SelectionCache.Key key = new SelectionCache.Key(resource.plural(), query.filters(), query.sorts(),
                query.dateFilter(), languages.stream().map(Language::id).toList());
        int[] ids = cache.get(key, version);
        if (ids == null) {
            ids = selectIds(resource, query, languages);
            cache.put(key, version, ids);
        }
        int from = Math.min(query.offset(), ids.length);
        int to = query.count() < 0 ? ids.length : (int) Math.min((long) from + query.count(), ids.length);
        List<T> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            T row = resource.table().get(ids[i]);
            if (row != null) {
                page.add(row);
            }
        }
        return page;
    }

    private static <T> int[] selectIds(Resource<T> resource, ListQuery query, List<Language> languages) {
        List<Predicate<T>> tests = new ArrayList<>();
        IntFunction<int[]> index = null;
        long[] indexedIds = null;
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            if (filter.getKey().equals("sort") || filter.getKey().equals("limit")) {
                continue;
            }
            Field<T> field = filterable(resource, filter.getKey(), filter.getValue(), query.dateFilter());
            FilterCondition condition = FilterCondition.parse(filter.getValue());
            tests.add(FilterMatcher.of(field, condition, languages));
            if (index == null && resource.indexes().containsKey(field.name())
                    && condition instanceof FilterCondition.AnyOf any && any.values().size() <= MAX_INDEXED_VALUES) {
                index = resource.indexes().get(field.name());
                indexedIds = any.values().stream().mapToLong(FilterMatcher::micros).toArray();
            }
        }
        List<Field<T>> sortFields = sortFields(resource, query, languages);
        Predicate<T> accepted = tests.size() == 1 ? tests.get(0) : row -> {
            for (Predicate<T> test : tests) {
                if (!test.test(row)) {
                    return false;
                }
            }
            return true;
        };
        List<T> rows = new ArrayList<>();
        if (index != null) {
            for (int id : lookUp(index, indexedIds)) {
                T row = resource.table().get(id);
                if (row != null && accepted.test(row)) {
                    rows.add(row);
                }
            }
        } else {
            resource.table().forEach(row -> {
                if (accepted.test(row)) {
                    rows.add(row);
                }
            });
        }
        int[] positions = new int[rows.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        if (!sortFields.isEmpty()) {
            IndexSort.sort(positions, comparator(rows, sortFields, query.sorts(), languages.get(0)));
        }
        int[] ids = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            ids[i] = (int) resource.idOf(rows.get(positions[i]));
        }
        return ids;
    }

    /** Compares positions on keys read once per row: numbers as longs, texts case-insensitively (NULL first). */
    private static <T> IndexSort.PositionComparator comparator(List<T> rows, List<Field<T>> fields,
                                                               List<ListQuery.SortTerm> terms, Language language) {
        int n = rows.size();
        long[][] numbers = new long[fields.size()][];
        String[][] texts = new String[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            Field<T> field = fields.get(f);
            if (field.comparesAsNumber()) {
                numbers[f] = new long[n];
                for (int i = 0; i < n; i++) {
                    numbers[f][i] = field.comparedNumberOf(rows.get(i));
                }
            } else {
                texts[f] = new String[n];
                for (int i = 0; i < n; i++) {
                    texts[f][i] = field.textOf(rows.get(i), language);
                }
            }
        }
        boolean[] ascending = new boolean[fields.size()];
        for (int f = 0; f < ascending.length; f++) {
            ascending[f] = terms.get(f).ascending();
        }
        return (a, b) -> {
            for (int f = 0; f < ascending.length; f++) {
                int result = numbers[f] != null ? Long.compare(numbers[f][a], numbers[f][b])
                        : compareText(texts[f][a], texts[f][b]);
                if (result != 0) {
                    return ascending[f] ? result : -result;
                }
            }
            return 0;
        };
    }

    private static int compareText(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }

    private static int[] lookUp(IntFunction<int[]> index, long[] micros) {
        int[][] found = new int[micros.length][];
        int total = 0;
        for (int i = 0; i < micros.length; i++) {
            long value = micros[i];
            boolean whole = value % 1_000_000L == 0 && value > 0 && value / 1_000_000L <= Integer.MAX_VALUE;
            found[i] = whole ? index.apply((int) (value / 1_000_000L)) : new int[0];
            total += found[i].length;
        }
        int[] ids = new int[total];
        int at = 0;
        for (int[] part : found) {
            System.arraycopy(part, 0, ids, at, part.length);
            at += part.length;
        }
        return Arrays.stream(ids).sorted().distinct().toArray();
    }

    /** The field a filter may use, or PrestaShop's error for it. */
    private static <T> Field<T> filterable(Resource<T> resource, String name, String value, boolean dateFilter) {
        Field<T> field = resource.field(name);
        boolean dateField = name.equals("date_add") || name.equals("date_upd");
        if (field != null && field.isI18n() && !value.isEmpty()) {
            return field;
        }
        if (field == null || field.isI18n() || (dateField && !dateFilter)) {
            List<String> available = available(resource, dateFilter);
            throw new WebserviceException(400, 32, "This filter does not exist. Did you mean: \""
                    + Closest.of(name, available) + "\"?" + (available.size() > 1
                    ? " The full list is: \"" + String.join("\", \"", available) + "\"" : ""));
        }
        if (value.isEmpty()) {
            throw new WebserviceException(400, 33, "The filter \"" + name + "\" is malformed.");
        }
        if (field.isDynamic()) {
            throw new WebserviceException(400, 34, "The field \"" + name
                    + "\" is dynamic. It is not possible to filter GET query with this field.");
        }
        return field;
    }

    private static <T> List<String> available(Resource<T> resource, boolean dateFilter) {
        return resource.fields().stream().filter(field -> !field.isI18n())
                .map(Field::name)
                .filter(name -> dateFilter || !(name.equals("date_add") || name.equals("date_upd")))
                .toList();
    }

    private static <T> List<Field<T>> sortFields(Resource<T> resource, ListQuery query, List<Language> languages) {
        List<Field<T>> fields = new ArrayList<>();
        for (ListQuery.SortTerm term : query.sorts()) {
            Field<T> field = resource.field(term.field());
            boolean dateField = term.field().equals("date_add") || term.field().equals("date_upd");
            if (field == null || (dateField && !query.dateFilter())) {
                List<String> i18n = resource.fields().stream().filter(Field::isI18n).map(Field::name).toList();
                throw new WebserviceException(400, 38, "Unable to filter by this field. However, these are available: "
                        + String.join(", ", available(resource, query.dateFilter())) + ", for i18n fields:"
                        + String.join(", ", i18n));
            }
            fields.add(field);
        }
        return fields;
    }
}
