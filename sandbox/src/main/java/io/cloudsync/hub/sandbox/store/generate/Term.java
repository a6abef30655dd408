package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.Localized;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;

/** A word or phrase in Spanish and English; any other shop language gets the English text. */
public record Term(String es, String en) {

    public static Term same(String both) {
        return new Term(both, both);
    }

    public String in(Language language) {
        return in(language.isoCode());
    }

    public String in(String isoCode) {
        return "es".equals(isoCode) ? es : en;
    }

    public Localized localized(ShopLanguages languages) {
        String[] values = new String[languages.count()];
        for (Language language : languages.all()) {
            values[language.index()] = in(language);
        }
        return Localized.of(values);
    }
}
