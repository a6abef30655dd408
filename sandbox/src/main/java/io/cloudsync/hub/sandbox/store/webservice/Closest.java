package io.cloudsync.hub.sandbox.store.webservice;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** PrestaShop's "Did you mean": the candidate nearest by Levenshtein distance (the last of equals, as PHP loops). */
final class Closest {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Closest() {
    }

    static String of(String input, Collection<String> words) {
        int shortest = -1;
        String closest = "";
        for (String word : words) {
            int distance = LEVENSHTEIN.apply(input, word);
            if (distance == 0) {
                return word;
            }
            if (shortest < 0 || distance <= shortest) {
                closest = word;
                shortest = distance;
            }
        }
        return closest;
    }
}
