package io.cloudsync.hub.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Product;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One validated item of {@code PUT /v1/sync/products}: the product, the {@code version} the client last saw
 * (the {@code version} the sync feed returned; optional), and the fields to change. Writable fields, with
 * PrestaShop's names and rules:
 * <ul>
 *   <li>{@code name}: text, 1–128 characters, none of {@code <>;=#{}} (in the hub's language);</li>
 *   <li>{@code description_short}, {@code description}: HTML text (in the hub's language);</li>
 *   <li>{@code price}: the base price tax excluded, before specific prices (a number ≥ 0, at most six
 *       decimals), as PrestaShop's {@code price};</li>
 *   <li>{@code active}: true or false;</li>
 *   <li>{@code reference}: text, at most 64 characters, none of {@code <>;={}};</li>
 *   <li>{@code quantity}: the stock, a whole number; of the product when it has no combinations, else of the
 *       combination named by {@code combination_id}.</li>
 * </ul>
 * The feed's {@code summary} is taken as {@code description_short}. So that a client can send back the record the
 * feed gave it with some fields changed (what the seed's two-way sync does), the feed's other fields, which the
 * store computes ({@code prices}, {@code variations}, {@code sync_action}…), are ignored and named in
 * {@link #ignored()}; a name the feed does not serve either is refused, so a misspelt field is never lost silently.
 */
public record ProductUpdate(long id, Optional<String> version, Map<String, String> productFields,
                            Map<String, String> languageFields, Optional<Integer> quantity, long combinationId,
                            List<String> ignored) {

    public static final Set<String> WRITABLE = new TreeSet<>(Set.of("name", "description_short", "description",
            "price", "active", "reference", "quantity", "combination_id"));
    /** What the product feed serves and the store computes: ignored when a feed record comes back. */
    public static final Set<String> FEED_ONLY = feedOnly();
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");

    public ProductUpdate {
        productFields = Map.copyOf(productFields);
        languageFields = Map.copyOf(languageFields);
        ignored = List.copyOf(ignored);
    }

    private static Set<String> feedOnly() {
        Set<String> names = new TreeSet<>(SyncFeed.RECORD_KEYS);
        for (RecordComponent component : Product.class.getRecordComponents()) {
            names.add(FeedFields.snakeCase(component.getName()));
        }
        names.removeAll(WRITABLE);
        names.removeAll(Set.of("id", "version", "summary"));
        return names;
    }

    /** An item that cannot be applied; {@code id} is null when the item has none. */
    public static class Invalid extends RuntimeException {

        private final Long id;

        Invalid(Long id, String message) {
            super(message);
            this.id = id;
        }

        public Long id() {
            return id;
        }
    }

    /**
     * A number outside the range its field takes (2^64+40 as a quantity, an id beyond a long): the request is
     * malformed, not one item of it, so the API answers 400 naming the field instead of answering the item.
     */
    public static final class OutOfRange extends Invalid {

        private final String field;

        OutOfRange(Long id, String field, String message) {
            super(id, message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Validates one item of the request body. */
    public static ProductUpdate parse(JsonNode item) {
        if (!item.isObject()) {
            throw new Invalid(null, "an item must be an object such as {\"id\":3,\"price\":12.5}");
        }
        Optional<Long> idNumber = exact(item.path("id"), 1, Long.MAX_VALUE);
        if (idNumber.isEmpty()) {
            if (numeric(item.path("id"))) {
                throw new OutOfRange(null, "id", "id must be a whole number from 1 to " + Long.MAX_VALUE + ", got "
                        + shown(item.path("id")));
            }
            throw new Invalid(null, "every item needs the product's id, a whole number from 1 to " + Long.MAX_VALUE
                    + ", got " + shown(item.path("id")));
        }
        long id = idNumber.get();
        Optional<String> version = Optional.empty();
        if (item.has("version") && !item.get("version").isNull()) {
            // text only: a number would be compared through its rounded or re-printed form
            if (!item.get("version").isTextual() || item.get("version").asText().isBlank()) {
                throw new Invalid(id, "version must be the version the sync feed returned, a string");
            }
            version = Optional.of(item.get("version").asText().trim());
        }
        Map<String, String> product = new LinkedHashMap<>();
        Map<String, String> language = new LinkedHashMap<>();
        Optional<Integer> quantity = Optional.empty();
        long combination = 0;
        List<String> ignored = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "id", "version" -> { }
                case "name" -> language.put(name, text(id, name, value, 128, "<>;=#{}", false));
                case "description_short", "description" -> language.put(name, text(id, name, value, 65_000, "", true));
                case "summary" -> language.putIfAbsent("description_short",
                        text(id, name, value, 65_000, "", true));
                case "reference" -> product.put(name, text(id, name, value, 64, "<>;={}", true));
                case "price" -> product.put(name, price(id, value));
                case "active" -> product.put(name, bool(id, value) ? "1" : "0");
                case "quantity" -> quantity = Optional.of((int) whole(id, name, value, -1_000_000_000L, 1_000_000_000L));
                case "combination_id" -> combination = whole(id, name, value, 1, Integer.MAX_VALUE);
                default -> {
                    if (!FEED_ONLY.contains(name)) {
                        throw new Invalid(id, "field '" + name + "' cannot be written; writable fields are "
                                + String.join(", ", WRITABLE) + " (summary for description_short)");
                    }
                    ignored.add(name);
                }
            }
        }
        if (combination != 0 && quantity.isEmpty()) {
            throw new Invalid(id, "combination_id says which combination's stock quantity sets; give quantity too");
        }
        if (product.isEmpty() && language.isEmpty() && quantity.isEmpty()) {
            throw new Invalid(id, "nothing to update: give at least one of " + String.join(", ", WRITABLE)
                    + (ignored.isEmpty() ? "" : " (" + String.join(", ", ignored) + " are computed by the store)"));
        }
        return new ProductUpdate(id, version, product, language, quantity, combination, ignored);
    }

    private static String text(long id, String name, JsonNode value, int max, String forbidden, boolean emptyAllowed) {
        if (!value.isTextual()) {
            throw new Invalid(id, name + " must be text");
        }
        String text = value.asText();
        if (!emptyAllowed && text.isBlank()) {
            throw new Invalid(id, name + " cannot be empty");
        }
        if (text.length() > max) {
            throw new Invalid(id, name + " has " + text.length() + " characters; at most " + max);
        }
        for (char c : forbidden.toCharArray()) {
            if (text.indexOf(c) >= 0) {
                throw new Invalid(id, name + " cannot hold the character '" + c + "' (PrestaShop refuses " + forbidden
                        + ")");
            }
        }
        return text;
    }

    private static String price(long id, JsonNode value) {
        BigDecimal price;
        try {
            price = value.isNumber() ? value.decimalValue() : value.isTextual() ? new BigDecimal(value.asText().trim())
                    : null;
        } catch (NumberFormatException e) {
            price = null;
        }
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0)) {
            throw new OutOfRange(id, "price", "price must be a number from 0 to less than " + MAX_PRICE.toPlainString()
                    + " (tax excluded), got " + shown(value));
        }
        if (price == null && numeric(value)) {
            throw new OutOfRange(id, "price", "price must be a number from 0 to less than " + MAX_PRICE.toPlainString()
                    + ", got " + shown(value));
        }
        if (price == null || price.stripTrailingZeros().scale() > 6) {
            throw new Invalid(id, "price must be a number from 0 to less than " + MAX_PRICE.toPlainString()
                    + " (tax excluded, at most six decimals), got " + shown(value));
        }
        return price.stripTrailingZeros().toPlainString();
    }

    private static boolean bool(long id, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText("");
        if (text.equals("1") || text.equals("0")) {
            return text.equals("1");
        }
        throw new Invalid(id, "active must be true or false, got " + shown(value));
    }

    private static long whole(long id, String name, JsonNode value, long min, long max) {
        String message = name + " must be a whole number from " + min + " to " + max + ", got " + shown(value);
        return exact(value, min, max).orElseThrow(() -> numeric(value) ? new OutOfRange(id, name, message)
                : new Invalid(id, message));
    }

    /** A JSON number, or text that reads as one: what is wrong with it is its range (or fraction), not its type. */
    private static boolean numeric(JsonNode value) {
        return value.isNumber() || value.isTextual()
                && value.asText().trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /**
     * The whole number a JSON number or numeric text holds exactly, when it is from {@code min} to {@code max}.
     * Read as a BigInteger, never through {@code asLong()}: that keeps the low 64 bits, so 2^64+40 would be 40.
     */
    static Optional<Long> exact(JsonNode value, long min, long max) {
        BigInteger number = null;
        if (value.isIntegralNumber()) {
            number = value.bigIntegerValue();
        } else if (value.isTextual() && value.asText().trim().matches("-?\\d{1,40}")) {
            number = new BigInteger(value.asText().trim());
        }
        if (number == null || number.compareTo(BigInteger.valueOf(min)) < 0
                || number.compareTo(BigInteger.valueOf(max)) > 0) {
            return Optional.empty();
        }
        return Optional.of(number.longValueExact());
    }

    /** The value as the client sent it, cut short: a 1000-digit number is not echoed whole. */
    private static String shown(JsonNode value) {
        String text = value.isMissingNode() ? "nothing" : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
