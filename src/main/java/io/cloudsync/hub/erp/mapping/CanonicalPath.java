package io.cloudsync.hub.erp.mapping;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into a canonical record ({@code summary}, {@code prices.listPrice}, {@code imageUrls[0]},
 * {@code shipping.notes}): the record components it follows, checked once against the record's class. Each step is a
 * field of the record before it; a list takes an index. The path ends at a value (text, number, boolean, date), not
 * at a record or a list.
 */
public final class CanonicalPath {

    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,4})])?");

    private final String text;
    private final Class<?> root;
    private final List<Step> steps;
    private final Class<?> type;

    private CanonicalPath(String text, Class<?> root, List<Step> steps, Class<?> type) {
        this.text = text;
        this.root = root;
        this.steps = List.copyOf(steps);
        this.type = type;
    }

    /** The path on records of {@code root}, or {@link PathException} saying which step names no field. */
    public static CanonicalPath compile(String text, Class<?> root) {
        List<Step> steps = new ArrayList<>();
        Class<?> current = root;
        String[] parts = text.strip().split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            Matcher matcher = STEP.matcher(parts[i]);
            if (!matcher.matches()) {
                throw new PathException("'" + text + "' is not a path (fields joined by dots, a list with [n])");
            }
            RecordComponent component = component(current, matcher.group(1));
            if (component == null) {
                throw new PathException("'" + text + "': " + name(current) + " has no field '" + matcher.group(1)
                        + "'; its fields: " + fields(current));
            }
            Class<?> type = component.getType();
            int index = -1;
            if (List.class.isAssignableFrom(type)) {
                if (matcher.group(2) == null) {
                    throw new PathException("'" + text + "': " + matcher.group(1) + " is a list; name one of its"
                            + " items, e.g. " + matcher.group(1) + "[0]");
                }
                index = Integer.parseInt(matcher.group(2));
                type = elementType(component.getGenericType());
            } else if (matcher.group(2) != null) {
                throw new PathException("'" + text + "': " + matcher.group(1) + " is not a list");
            }
            steps.add(new Step(component.getAccessor(), index));
            current = type;
            boolean last = i == parts.length - 1;
            if (last && current.isRecord()) {
                throw new PathException("'" + text + "' names a group of fields; add one of them: " + fields(current));
            }
            if (!last && !current.isRecord()) {
                throw new PathException("'" + text + "': " + matcher.group(1) + " is a value, not a group of fields");
            }
        }
        return new CanonicalPath(text.strip(), root, steps, current);
    }

    /** The record class the path starts from. */
    public Class<?> root() {
        return root;
    }

    /** The Java type of the value the path ends at. */
    public Class<?> type() {
        return type;
    }

    /** The value on {@code record}; null when a step has none (an index past the list's end, a null field). */
    public Object valueOf(Object record) {
        Object current = record;
        for (Step step : steps) {
            if (current == null) {
                return null;
            }
            current = step.apply(current);
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }

    private static RecordComponent component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? null : Arrays.stream(components).filter(c -> c.getName().equals(name))
                .findFirst().orElse(null);
    }

    private static String fields(Class<?> type) {
        return String.join(", ", Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    private static String name(Class<?> type) {
        return type.getSimpleName();
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

    private record Step(Method accessor, int index) {

        Object apply(Object record) {
            Object value;
            try {
                value = accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass(), e);
            }
            if (index < 0 || value == null) {
                return value;
            }
            List<?> list = (List<?>) value;
            return index < list.size() ? list.get(index) : null;
        }
    }

    /** The path names no value of the record. */
    public static final class PathException extends IllegalArgumentException {

        public PathException(String message) {
            super(message);
        }
    }
}
