package io.cloudsync.hub.marketsync.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * {@link ProductDiff}'s lenient comparison on plain Java values (strings, numbers, booleans, nulls, lists and
 * string-keyed maps: the mapper's columns and the ledger's parsed JSON), with the same answers as on their JSON
 * trees but without building them: {@code "12"} equals {@code 12}, {@code "599.0000"} equals {@code 599}, empty
 * equals absent, arrays compare as multisets.
 */
final class PlainValues {

    private PlainValues() {
    }

    static boolean same(Object a, Object b) {
        boolean aEmpty = isEmpty(a);
        boolean bEmpty = isEmpty(b);
        if (aEmpty || bEmpty) {
            return aEmpty && bEmpty;
        }
        if (a instanceof Number || b instanceof Number) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return sameElements(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Set<Object> names = new HashSet<>(x.keySet());
            names.addAll(y.keySet());
            for (Object name : names) {
                if (!same(x.get(name), y.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return isScalar(a) && isScalar(b) && a.toString().equals(b.toString());
    }

    private static boolean sameElements(List<?> a, List<?> b) {
        return a.size() == b.size() && sameElements(a, b, PlainValues::same);
    }

    /**
     * Whether {@code a} and {@code b} hold the same elements, each matched once, in any order (attribute lists: their
     * order carries no meaning for MarketSync); both have the same size.
     */
    static <T> boolean sameElements(Iterable<? extends T> a, Iterable<? extends T> b,
                                    BiPredicate<T, T> same) {
        List<T> unmatched = new ArrayList<>();
        b.forEach(unmatched::add);
        for (T element : a) {
            Iterator<T> candidates = unmatched.iterator();
            boolean found = false;
            while (candidates.hasNext()) {
                if (same.test(element, candidates.next())) {
                    candidates.remove();
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isEmpty());
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Boolean;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof BigInteger number) {
            return new BigDecimal(number);
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
