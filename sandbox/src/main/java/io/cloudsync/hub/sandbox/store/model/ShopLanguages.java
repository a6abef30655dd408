package io.cloudsync.hub.sandbox.store.model;

import java.util.List;
import java.util.Map;

/** The shop's languages in id order; the first is the default language. */
public record ShopLanguages(List<Language> all) {

    private static final Map<String, String[]> KNOWN = Map.of(
            "es", new String[] {"Español (Spanish)", "es-ES", "es-es", "d/m/Y", "d/m/Y H:i:s"},
            "en", new String[] {"English (English)", "en-US", "en-us", "m/d/Y", "m/d/Y H:i:s"},
            "fr", new String[] {"Français (French)", "fr-FR", "fr-fr", "d/m/Y", "d/m/Y H:i:s"},
            "de", new String[] {"Deutsch (German)", "de-DE", "de-de", "d.m.Y", "d.m.Y H:i:s"},
            "it", new String[] {"Italiano (Italian)", "it-IT", "it-it", "d/m/Y", "d/m/Y H:i:s"},
            "pt", new String[] {"Português PT (Portuguese)", "pt-PT", "pt-pt", "d/m/Y", "d/m/Y H:i:s"},
            "ca", new String[] {"Català (Catalan)", "ca-ES", "ca-es", "d/m/Y", "d/m/Y H:i:s"});

    public ShopLanguages {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a shop needs at least one language");
        }
    }

    public static ShopLanguages of(List<String> isoCodes) {
        Language[] languages = new Language[isoCodes.size()];
        for (int i = 0; i < languages.length; i++) {
            String iso = isoCodes.get(i);
            String[] known = KNOWN.getOrDefault(iso, new String[] {iso, iso + "-" + iso.toUpperCase(java.util.Locale.ROOT),
                    iso + "-" + iso, "Y-m-d", "Y-m-d H:i:s"});
            languages[i] = new Language(i + 1, iso, known[0], known[1], known[2], true, known[3], known[4]);
        }
        return new ShopLanguages(List.of(languages));
    }

    public int count() {
        return all.size();
    }

    public Language byId(long id) {
        return id >= 1 && id <= all.size() ? all.get((int) id - 1) : null;
    }

    public Language byIso(String isoCode) {
        return all.stream().filter(language -> language.isoCode().equals(isoCode)).findFirst().orElse(null);
    }

    public Language defaultLanguage() {
        return all.get(0);
    }

    public List<String> isoCodes() {
        return all.stream().map(Language::isoCode).toList();
    }
}
