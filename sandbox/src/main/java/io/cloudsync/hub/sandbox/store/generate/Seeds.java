package io.cloudsync.hub.sandbox.store.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Independent random streams per concern, so that adding customers does not change the catalogue. */
final class Seeds {

    private Seeds() {
    }

    static SplittableRandom stream(long seed, String concern) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + concern.hashCode());
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(SplittableRandom random, double share) {
        return random.nextDouble() < share;
    }

    static String hex(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }
}
