package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the sink ledger keeps of a long column value instead of the value: 96 bits of the SHA-256 of its normalised
 * form, so that {@link ProductDiff} still tells whether the column changed without the ledger holding a copy of
 * every description, image URL, bullet and attribute list ({@link ProductAspects.Aspect#ledgerJson}).
 * <p>
 * The normalised form is the value's canonical JSON ({@link NormalisedJson}) with {@link ProductDiff}'s leniency
 * built in: an array's elements are sorted by their own normalised text (attribute lists compare as multisets),
 * empty strings and nulls are dropped from objects and read as null in arrays (empty equals absent), and numbers are
 * written by value ({@code 599.0000} is {@code 599}). Two values of the same types get the same fingerprint exactly
 * when the diff finds them the same. What it does not keep: the diff's leniency <em>across</em> types ({@code "12"}
 * equals {@code 12}, {@code "true"} equals {@code true}), since a string and a number have different forms. That
 * cannot bite for mapped values: each column has one Java type in {@link ProductColumns} and {@link VariationColumns}
 * (texts are {@code String}s, attribute values too), and the ledger's value was written from the same column by the
 * same code. Strings that could be numbers are never fingerprinted at all, and the columns the ledger keys aspects by
 * ({@code sku}, {@code seller_sku}, {@code market_id}) are kept as they are, even empty.
 * <p>
 * In the ledger's JSON a fingerprint is the one-member object {@code {"#":"<16 base64url characters>"}}: no column
 * the mapper makes is an object, so it cannot be taken for a value.
 */
public record Fingerprint(String value) {

    /** Longer strings are fingerprinted: a shorter one is about as short as its fingerprint. */
    static final int LONGEST_KEPT = 32;
    static final String MARKER = "#";
    private static final String IN_JSON = "{\"" + MARKER + "\":";
    /** The columns the ledger finds an aspect by: always kept as they are. */
    private static final Set<String> KEYS = Set.of("sku", "seller_sku", "market_id");
    private static final int BYTES = 12;
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    /** The fingerprint of any plain value (strings, numbers, booleans, nulls, lists and string-keyed maps). */
    public static Fingerprint of(Object value) {
        MessageDigest digest = SHA_256.get();
        if (value instanceof String text && !text.isEmpty()) {
            // a text alone, the usual case, is hashed as it is: no other form starts with a quote and lacks its end
            digest.update((byte) '"');
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        } else {
            StringBuilder text = new StringBuilder(256);
            normalised(value, text);
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Fingerprint(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(),
                BYTES)));
    }

    /** Whether {@code now} is, for the diff, the value this is the fingerprint of. */
    public boolean matches(Object now) {
        return (now instanceof String || now instanceof List<?>) && equals(of(now));
    }

    /**
     * The columns as the ledger keeps them: long values replaced by their fingerprint's marker object, empty ones
     * (null, {@code ""}: the same as absent for the diff) left out, the others as they are; the same map when there
     * is nothing to replace or leave out.
     */
    static Map<String, Object> compact(Map<String, Object> columns) {
        Map<String, Object> compact = null;
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            Object value = column.getValue();
            if (KEYS.contains(column.getKey())) {
                continue;
            }
            boolean empty = value == null || (value instanceof String text && text.isEmpty());
            if (empty || isLong(value)) {
                if (compact == null) {
                    compact = new LinkedHashMap<>(columns);
                }
                if (empty) {
                    compact.remove(column.getKey());
                } else {
                    compact.put(column.getKey(), Map.of(MARKER, of(value).value()));
                }
            }
        }
        return compact == null ? columns : compact;
    }

    /** Whether an aspect's JSON as the ledger kept it holds fingerprints (it was written since they are used). */
    public static boolean appearIn(String ledgerJson) {
        return ledgerJson.contains(IN_JSON);
    }

    /** The columns as read back from the ledger's JSON: marker objects become fingerprints (in place). */
    static Map<String, Object> readBack(Map<String, Object> columns) {
        columns.replaceAll((name, value) -> value instanceof Map<?, ?> map && map.size() == 1
                && map.get(MARKER) instanceof String fingerprint ? new Fingerprint(fingerprint) : value);
        return columns;
    }

    private static boolean isLong(Object value) {
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        return value instanceof String text && text.length() > LONGEST_KEPT && !mayBeNumber(text);
    }

    /** Digits, signs, points, exponents and spaces only: a text {@code BigDecimal} might read as a number. */
    private static boolean mayBeNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && "+-.eE \t\n\r".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void normalised(Object value, StringBuilder text) {
        if (value == null || (value instanceof String string && string.isEmpty())) {
            text.append("null");
        } else if (value instanceof String string) {
            text.append('"').append(QUOTE.quoteAsString(string)).append('"');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((name, element) -> {
                if (element != null && !(element instanceof String string && string.isEmpty())) {
                    sorted.put((String) name, element);
                }
            });
            text.append('{');
            String separator = "";
            for (Map.Entry<String, Object> element : sorted.entrySet()) {
                text.append(separator).append('"').append(QUOTE.quoteAsString(element.getKey())).append("\":");
                normalised(element.getValue(), text);
                separator = ",";
            }
            text.append('}');
        } else if (value instanceof List<?> list) {
            List<String> elements = new ArrayList<>(list.size());
            for (Object element : list) {
                StringBuilder one = new StringBuilder(64);
                normalised(element, one);
                elements.add(one.toString());
            }
            elements.sort(null);
            text.append('[').append(String.join(",", elements)).append(']');
        } else {
            text.append(NormalisedJson.of(value));
        }
    }
}
