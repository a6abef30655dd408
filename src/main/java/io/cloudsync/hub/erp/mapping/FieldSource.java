package io.cloudsync.hub.erp.mapping;

import io.cloudsync.hub.marketsync.mapping.HtmlText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a mapped Tryton field's value comes from: a constant, a path into the canonical record, or a text template
 * whose {@code {placeholders}} are paths. A path may have one compiled form per kind of record (a sale comes from a
 * store order or a marketplace order; a variant reads its variation and, under {@code product.}, its product): the
 * form whose record is at hand is used, and a path with no form for it gives no value (the field is not sent).
 */
public sealed interface FieldSource {

    /** The value for these records (the variation and its product, or one order); null: none, the field is left alone. */
    FieldValue value(List<Object> records);

    /** What the value is sent as. */
    ValueKind kind();

    /** A fixed value: text, decimal, boolean or integer. */
    record Constant(FieldValue fixed) implements FieldSource {
        @Override
        public ValueKind kind() {
            return fixed.kind();
        }

        @Override
        public FieldValue value(List<Object> records) {
            return fixed;
        }
    }

    /** A canonical field, sent as {@code kind}; HTML turned into plain text when {@code stripHtml}. */
    record Path(String text, List<CanonicalPath> forms, ValueKind kind, boolean stripHtml) implements FieldSource {

        public Path {
            forms = List.copyOf(forms);
        }

        @Override
        public FieldValue value(List<Object> records) {
            for (CanonicalPath form : forms) {
                for (Object record : records) {
                    if (form.root().isInstance(record)) {
                        Object raw = form.valueOf(record);
                        if (stripHtml && raw instanceof String html) {
                            raw = HtmlText.toText(html);
                        }
                        Object converted = kind.convert(raw);
                        return converted == null ? null : new FieldValue(kind, converted);
                    }
                }
            }
            return null;
        }
    }

    /** Text with {@code {path}} placeholders ("{market} {reference}"); a placeholder with no value is empty. */
    record Template(String text, List<Path> placeholders) implements FieldSource {

        static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

        public Template {
            placeholders = List.copyOf(placeholders);
        }

        @Override
        public ValueKind kind() {
            return ValueKind.TEXT;
        }

        @Override
        public FieldValue value(List<Object> records) {
            StringBuilder out = new StringBuilder();
            Matcher matcher = PLACEHOLDER.matcher(text);
            int index = 0;
            while (matcher.find()) {
                FieldValue value = placeholders.get(index++).value(records);
                matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.value().toString()));
            }
            matcher.appendTail(out);
            return new FieldValue(ValueKind.TEXT, out.toString().strip().replaceAll(" {2,}", " "));
        }
    }
}
