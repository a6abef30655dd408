package io.cloudsync.hub.sandbox.store.model;

import java.util.Arrays;

/** A multi-language value: one text per shop language, by language position (language id − 1). */
public final class Localized {

    private final String[] values;

    private Localized(String[] values) {
        this.values = values;
    }

    public static Localized of(String... perLanguage) {
        return new Localized(perLanguage.clone());
    }

    public static Localized same(String value, int languages) {
        String[] values = new String[languages];
        Arrays.fill(values, value);
        return new Localized(values);
    }

    public String get(int languageIndex) {
        return languageIndex < values.length ? values[languageIndex] : values[0];
    }

    public int size() {
        return values.length;
    }

    public Localized with(int languageIndex, String value) {
        String[] next = values.clone();
        next[languageIndex] = value;
        return new Localized(next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Localized that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
