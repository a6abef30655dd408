package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a filter condition on a field into a row test with MySQL's comparison rules: numbers numerically (a
 * non-numeric operand counts as 0), {@code DATETIME}s against a date read as MySQL reads it ({@code 2024-03-10}
 * is midnight, so a date-only upper bound drops the rest of that day), strings case-insensitively with trailing
 * spaces ignored, NULL never matching, multi-language fields matching in any of the languages asked.
 */
final class FilterMatcher {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([+-]?(\\d+\\.?\\d*|\\.\\d+))");

    private FilterMatcher() {
    }

    static <T> Predicate<T> of(Field<T> field, FilterCondition condition, List<Language> languages) {
        if (condition instanceof FilterCondition.Ignored) {
            return row -> true;
        }
        if (condition instanceof FilterCondition.Like like) {
            return row -> anyText(field, row, languages, text -> like.pattern().matcher(text).matches());
        }
        if (field.kind() == Field.Kind.DATETIME || field.kind() == Field.Kind.DATE) {
            return dates(field, condition);
        }
        if (field.comparesAsNumber()) {
            return numbers(field, condition);
        }
        return texts(field, condition, languages);
    }

    private static <T> Predicate<T> numbers(Field<T> field, FilterCondition condition) {
        long scale = field.kind() == Field.Kind.DECIMAL ? 1 : Micros.ONE;
        return compare(condition, FilterMatcher::micros, row -> field.comparedNumberOf(row) * scale);
    }

    private static <T> Predicate<T> dates(Field<T> field, FilterCondition condition) {
        return compare(condition, FilterMatcher::wall, field::comparedNumberOf);
    }

    /** Numeric comparisons; an operand read as {@link Long#MAX_VALUE} (unreadable) matches nothing. */
    private static <T> Predicate<T> compare(FilterCondition condition, java.util.function.ToLongFunction<String> operand,
                                            java.util.function.ToLongFunction<T> value) {
        if (condition instanceof FilterCondition.AnyOf any) {
            long[] values = any.values().stream().mapToLong(operand).filter(v -> v != Long.MAX_VALUE).toArray();
            return row -> contains(values, value.applyAsLong(row));
        }
        if (condition instanceof FilterCondition.NoneOf none) {
            long[] values = none.values().stream().mapToLong(operand).toArray();
            return row -> !contains(values, value.applyAsLong(row));
        }
        if (condition instanceof FilterCondition.Between between) {
            long low = operand.applyAsLong(between.low());
            long high = operand.applyAsLong(between.high());
            if (low == Long.MAX_VALUE || high == Long.MAX_VALUE) {
                return row -> false;
            }
            return row -> {
                long v = value.applyAsLong(row);
                return v >= low && v <= high;
            };
        }
        if (condition instanceof FilterCondition.Greater greater) {
            long bound = operand.applyAsLong(greater.value());
            return bound == Long.MAX_VALUE ? row -> false : row -> value.applyAsLong(row) > bound;
        }
        if (condition instanceof FilterCondition.Less less) {
            long bound = operand.applyAsLong(less.value());
            return bound == Long.MAX_VALUE ? row -> false : row -> value.applyAsLong(row) < bound;
        }
        return row -> true;
    }

    private static <T> Predicate<T> texts(Field<T> field, FilterCondition condition, List<Language> languages) {
        if (condition instanceof FilterCondition.AnyOf any) {
            List<String> values = any.values().stream().map(FilterMatcher::collate).toList();
            return row -> anyText(field, row, languages, text -> values.contains(collate(text)));
        }
        if (condition instanceof FilterCondition.NoneOf none) {
            List<String> values = none.values().stream().map(FilterMatcher::collate).toList();
            return row -> anyText(field, row, languages, text -> !values.contains(collate(text)));
        }
        if (condition instanceof FilterCondition.Between between) {
            String low = collate(between.low());
            String high = collate(between.high());
            return row -> anyText(field, row, languages,
                    text -> collate(text).compareTo(low) >= 0 && collate(text).compareTo(high) <= 0);
        }
        if (condition instanceof FilterCondition.Greater greater) {
            String bound = collate(greater.value());
            return row -> anyText(field, row, languages, text -> collate(text).compareTo(bound) > 0);
        }
        if (condition instanceof FilterCondition.Less less) {
            String bound = collate(less.value());
            return row -> anyText(field, row, languages, text -> collate(text).compareTo(bound) < 0);
        }
        return row -> true;
    }

    private static <T> boolean anyText(Field<T> field, T row, List<Language> languages, Predicate<String> test) {
        if (!field.isI18n()) {
            String text = field.textOf(row, null);
            return text != null && test.test(text);
        }
        for (Language language : languages) {
            String text = field.textOf(row, language);
            if (text != null && test.test(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(long[] values, long value) {
        for (long candidate : values) {
            if (candidate == value) {
                return true;
            }
        }
        return false;
    }

    /** MySQL's string-to-number cast: the leading number, else 0; in millionths. */
    static long micros(String operand) {
        Matcher m = LEADING_NUMBER.matcher(operand);
        if (!m.find()) {
            return 0;
        }
        try {
            return Micros.of(new BigDecimal(m.group(1)));
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The operand as a wall-clock time; {@link Long#MAX_VALUE} (matches nothing) when MySQL could not read it. */
    private static long wall(String operand) {
        try {
            return ShopTime.parse(operand);
        } catch (IllegalArgumentException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String collate(String text) {
        return text.stripTrailing().toLowerCase(Locale.ROOT);
    }
}
