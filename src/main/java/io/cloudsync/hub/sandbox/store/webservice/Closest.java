package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.config.EditDistance;
import java.util.Collection;

/** PrestaShop's "Did you mean": the candidate nearest by Levenshtein distance (the last of equals, as PHP loops). */
final class Closest {

    private Closest() {
    }

    static String of(String input, Collection<String> words) {
        int shortest = -1;
        String closest = "";
        for (String word : words) {
            int distance = EditDistance.between(input, word);
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
