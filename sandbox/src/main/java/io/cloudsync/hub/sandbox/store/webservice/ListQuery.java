package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.PriceRequest;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query string of a webservice GET, parsed as PrestaShop parses it. Paging is {@code limit=offset,count} or
 * {@code limit=count} only: there is no {@code offset} parameter, so one is ignored like any unknown parameter.
 *
 * @param display    null when the parameter is absent
 * @param filters    {@code filter[field]=value}, in query order
 * @param sorts      {@code sort=[field_ASC,…]}
 * @param offset     rows skipped
 * @param count      rows returned at most (−1: all)
 * @param dateFilter {@code date=1}: date_add and date_upd may be filtered and sorted
 * @param schema     {@code blank} or {@code synopsis}, else null
 */
record ListQuery(Display display, Map<String, String> filters, List<SortTerm> sorts, int offset, int count,
                 boolean dateFilter, Map<String, PriceRequest> prices, String schema, List<Language> languages) {

    private static final Pattern FILTER = Pattern.compile("^filter\\[([^\\]]*)\\]$");
    private static final Pattern PRICE = Pattern.compile("^price\\[([^\\]]+)\\]\\[([^\\]]+)\\]$");
    private static final Pattern LEADING_INT = Pattern.compile("^\\s*([+-]?\\d+)");

    /** {@code sort} term: a field and a direction. */
    record SortTerm(String field, boolean ascending) {
    }

    /** @param params the query parameters (the last value of each name) in query order */
    static ListQuery parse(Map<String, String> params, ShopLanguages shopLanguages) {
        Map<String, String> filters = new LinkedHashMap<>();
        Map<String, Map<String, String>> priceParams = new LinkedHashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            Matcher filter = FILTER.matcher(param.getKey());
            if (filter.matches()) {
                filters.put(filter.group(1), param.getValue());
                continue;
            }
            Matcher price = PRICE.matcher(param.getKey());
            if (price.matches()) {
                priceParams.computeIfAbsent(price.group(1), key -> new LinkedHashMap<>())
                        .put(price.group(2), param.getValue());
            }
        }
        int[] limit = limit(params.get("limit"));
        String schema = params.get("schema");
        if (schema != null && !schema.equals("blank") && !schema.equals("synopsis")) {
            throw new WebserviceException(400, 28, "Please select a schema of type 'synopsis' to get the whole schema "
                    + "informations (which fields are required, which kind of content...) or 'blank' to get an empty "
                    + "schema to fill before using POST request");
        }
        String date = params.get("date");
        return new ListQuery(Display.parse(params.get("display")), filters, sorts(params.get("sort")), limit[0],
                limit[1], date != null && !date.isEmpty() && !date.equals("0"), prices(priceParams), schema,
                languages(params.get("language"), shopLanguages));
    }

    private static int[] limit(String raw) {
        if (raw == null) {
            return new int[] {0, -1};
        }
        String[] parts = raw.split(",", -1);
        if (parts.length > 2) {
            throw new WebserviceException(400, 39, "The \"limit\" value has to be formed as this example: \"5,25\" or \"10\"");
        }
        return parts.length == 1 ? new int[] {0, phpInt(parts[0])} : new int[] {phpInt(parts[0]), phpInt(parts[1])};
    }

    /** PHP's (int) cast: the leading integer, else 0 (negative LIMITs are treated as 0). */
    private static int phpInt(String text) {
        Matcher m = LEADING_INT.matcher(text);
        if (!m.find()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static List<SortTerm> sorts(String raw) {
        List<SortTerm> terms = new ArrayList<>();
        if (raw == null) {
            return terms;
        }
        String list = raw.startsWith("[") && raw.endsWith("]") && raw.length() >= 2
                ? raw.substring(1, raw.length() - 1) : raw;
        for (String term : list.split(",")) {
            int underscore = term.lastIndexOf('_');
            String direction = underscore < 0 ? "" : term.substring(underscore + 1).toUpperCase(Locale.ROOT);
            if (underscore < 0 || !(direction.equals("ASC") || direction.equals("DESC"))) {
                throw new WebserviceException(400, 37, "The \"sort\" value has to be formed as this example: "
                        + "\"field_ASC\" or '[field_1_DESC,field_2_ASC,field_3_ASC,...]' (\"field\" has to be an "
                        + "available field)");
            }
            terms.add(new SortTerm(term.substring(0, underscore).trim(), direction.equals("ASC")));
        }
        return terms;
    }

    private static Map<String, PriceRequest> prices(Map<String, Map<String, String>> aliases) {
        Map<String, PriceRequest> prices = new LinkedHashMap<>();
        aliases.forEach((alias, values) -> {
            PriceRequest defaults = PriceRequest.DEFAULT;
            prices.put(alias, new PriceRequest(
                    values.containsKey("use_tax") ? phpBool(values.get("use_tax")) : defaults.useTax(),
                    values.containsKey("use_reduction") ? phpBool(values.get("use_reduction")) : defaults.useReduction(),
                    values.containsKey("only_reduction") ? phpBool(values.get("only_reduction")) : defaults.onlyReduction(),
                    values.containsKey("decimals") ? Math.min(6, phpInt(values.get("decimals"))) : defaults.decimals(),
                    values.containsKey("quantity") ? Math.max(1, phpInt(values.get("quantity"))) : defaults.quantity(),
                    values.containsKey("product_attribute") ? phpInt(values.get("product_attribute")) : 0));
        });
        return prices;
    }

    /** PHP's (bool) cast of a string: only "" and "0" are false. */
    private static boolean phpBool(String value) {
        return !(value.isEmpty() || value.equals("0"));
    }

    private static List<Language> languages(String raw, ShopLanguages shopLanguages) {
        if (raw == null) {
            return shopLanguages.all();
        }
        List<String> ids = new ArrayList<>();
        if (raw.matches("\\d+")) {
            ids.add(raw);
        } else if (raw.startsWith("[") && raw.endsWith("]")) {
            String inner = raw.substring(1, raw.length() - 1);
            if (inner.contains("|") ^ inner.contains(",")) {
                if (inner.contains("|")) {
                    ids.addAll(List.of(inner.split("\\|")));
                } else {
                    String[] range = inner.split(",");
                    if (range.length != 2) {
                        throw new WebserviceException(400, 78, "A range value for a language must contains only 2 values");
                    }
                    for (int id = phpInt(range[0]); id <= phpInt(range[1]); id++) {
                        ids.add(Integer.toString(id));
                    }
                }
            } else if (inner.matches("\\d+")) {
                ids.add(inner);
            }
        } else {
            throw new WebserviceException(400, 79, "language value is wrong");
        }
        if (ids.stream().anyMatch(id -> !id.trim().matches("\\d+"))) {
            throw new WebserviceException(400, 80, "Language ID must be numeric");
        }
        List<Language> languages = ids.stream().map(id -> shopLanguages.byId(Long.parseLong(id.trim())))
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (languages.isEmpty()) {
            throw new WebserviceException(400, 81, "language is not available");
        }
        return languages;
    }
}
