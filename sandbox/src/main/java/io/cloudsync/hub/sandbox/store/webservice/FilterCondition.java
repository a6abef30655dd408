package io.cloudsync.hub.sandbox.store.webservice;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code filter[field]=value}, read the way PrestaShop's {@code SQLUtils::getSQLRetrieveFilter} turns it into
 * SQL: {@code [a|b]} OR, {@code [a,b]} BETWEEN (only when both bounds are digits, dots, colons, dashes and spaces,
 * so {@code 2024-03-10T10:00:00} or an offset silently makes it an equality that matches nothing), {@code [x]} equals,
 * {@code >[x]}, {@code <[x]}, {@code ![a|b]} not equal, {@code %[x]%} LIKE; any other prefix adds no condition.
 */
sealed interface FilterCondition {

    Pattern SHAPE = Pattern.compile("^(.*)\\[(.*)\\](.*)$", Pattern.DOTALL);
    Pattern INTERVAL = Pattern.compile("^([\\d.:\\-\\s]+),([\\d.:\\-\\s]+)$");

    record Like(Pattern pattern) implements FilterCondition {
    }

    record AnyOf(List<String> values) implements FilterCondition {
    }

    record Between(String low, String high) implements FilterCondition {
    }

    record Greater(String value) implements FilterCondition {
    }

    record Less(String value) implements FilterCondition {
    }

    record NoneOf(List<String> values) implements FilterCondition {
    }

    /** A prefix PrestaShop does not know ({@code >=[x]}): no condition at all. */
    record Ignored() implements FilterCondition {
    }

    static FilterCondition parse(String raw) {
        Matcher m = SHAPE.matcher(raw);
        if (!m.matches()) {
            return new AnyOf(List.of(raw));
        }
        String before = m.group(1);
        String inside = m.group(2);
        String after = m.group(3);
        if (before.equals("%") || after.equals("%")) {
            return new Like(like(before + inside + after));
        }
        if (before.isEmpty() && after.isEmpty()) {
            if (inside.indexOf('|') > 0) {
                return new AnyOf(Arrays.asList(inside.split("\\|", -1)));
            }
            Matcher interval = INTERVAL.matcher(inside);
            if (interval.matches()) {
                String a = interval.group(1);
                String b = interval.group(2);
                return phpLess(b, a) ? new Between(b, a) : new Between(a, b);
            }
            return new AnyOf(List.of(inside));
        }
        return switch (before) {
            case ">" -> new Greater(inside);
            case "<" -> new Less(inside);
            case "!" -> new NoneOf(Arrays.asList(inside.split("\\|", -1)));
            default -> new Ignored();
        };
    }

    /** PHP's sort(): numeric strings compare as numbers, others as strings. */
    private static boolean phpLess(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) < 0;
        } catch (NumberFormatException e) {
            return a.compareTo(b) < 0;
        }
    }

    /** MySQL LIKE: {@code %} any run, {@code _} one character, case-insensitive. */
    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '%' || c == '_') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
