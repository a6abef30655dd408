package io.cloudsync.hub.marketsync.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a MarketSync attribute's value comes from, as written in the mapping file: {@code manufacturer},
 * {@code reference}, {@code mpn}, {@code ean13}, {@code name}, {@code colour}, {@code size},
 * {@code feature:<feature name>}, {@code option:<attribute group name>} or {@code constant:<value>}.
 *
 * @param argument the feature name, the attribute group name or the constant; empty for the other kinds
 */
public record AttributeSource(Kind kind, String argument) {

    public enum Kind {
        MANUFACTURER("manufacturer", false),
        REFERENCE("reference", false),
        MPN("mpn", false),
        EAN13("ean13", false),
        NAME("name", false),
        COLOUR("colour", false),
        SIZE("size", false),
        FEATURE("feature", true),
        OPTION("option", true),
        CONSTANT("constant", true);

        private final String word;
        private final boolean takesArgument;

        Kind(String word, boolean takesArgument) {
            this.word = word;
            this.takesArgument = takesArgument;
        }

        public String word() {
            return word;
        }
    }

    public AttributeSource {
        argument = argument == null ? "" : argument.trim();
        if (kind.takesArgument && argument.isEmpty()) {
            throw new IllegalArgumentException(kind.word + ": needs a value after the colon");
        }
    }

    /** Identifiers are never cut: a value too long for its column makes the product invalid instead. */
    public boolean identifier() {
        return kind == Kind.REFERENCE || kind == Kind.MPN || kind == Kind.EAN13;
    }

    /** The source a mapping-file value names, or empty when it names none ({@link #describeSyntax()} says what does). */
    public static Optional<AttributeSource> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String word = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
        if (word.equals("color")) {
            word = "colour";
        }
        for (Kind kind : Kind.values()) {
            if (kind.word.equals(word) && kind.takesArgument == (colon >= 0) && !(kind.takesArgument && argument.isEmpty())) {
                return Optional.of(new AttributeSource(kind, argument));
            }
        }
        return Optional.empty();
    }

    public static String describeSyntax() {
        return Arrays.stream(Kind.values())
                .map(kind -> kind.takesArgument ? kind.word + ":<" + (kind == Kind.CONSTANT ? "value" : "name") + ">" : kind.word)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return kind.takesArgument ? kind.word + ":" + argument : kind.word;
    }
}
