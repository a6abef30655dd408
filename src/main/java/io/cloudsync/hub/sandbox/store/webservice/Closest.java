package io.cloudsync.hub.sandbox.store.webservice;

import java.util.Collection;

/** PrestaShop's "Did you mean": the candidate nearest by Levenshtein distance (the last of equals, as PHP loops). */
final class Closest {

    private Closest() {
    }

    static String of(String input, Collection<String> words) {
        int shortest = -1;
        String closest = "";
        for (String word : words) {
            int distance = levenshtein(input, word);
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

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
