package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.model.Product;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The search texts of a MarketSync product: its keywords ({@code etiquetas}) and filter tags ({@code etiquetas_web}). */
final class SearchTexts {

    /** Words too common to help a search; only used when the product has no meta keywords. */
    private static final Set<String> STOP_WORDS = Set.of("con", "para", "por", "del", "las", "los", "una", "uno",
            "unos", "unas", "que", "sin", "sus", "the", "and", "for", "with");

    private SearchTexts() {
    }

    /** The meta keywords, else the distinct meaningful words of the name and the category, comma-separated. */
    static String keywords(Product product, String name) {
        Set<String> keywords = new LinkedHashSet<>();
        if (!blank(product.metaKeywords())) {
            for (String keyword : HtmlText.toLine(product.metaKeywords()).split(",")) {
                if (!keyword.isBlank()) {
                    keywords.add(keyword.trim().replaceAll("\\s+", " "));
                }
            }
            return String.join(",", keywords);
        }
        String words = name + " " + HtmlText.toLine(product.defaultCategoryName());
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                keywords.add(word);
            }
        }
        return String.join(",", keywords);
    }

    /** Shopify-style filter tags from the features: {@code Composición_Algodón,Corte_Regular}. */
    static String webTags(Product product) {
        return product.features().stream()
                .filter(f -> !blank(f.name()) && !blank(f.value()))
                .map(f -> tag(f.name()) + "_" + tag(f.value()))
                .distinct()
                .collect(Collectors.joining(","));
    }

    private static String tag(String text) {
        return HtmlText.toLine(text).replace(',', ' ').replace('_', ' ').trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
