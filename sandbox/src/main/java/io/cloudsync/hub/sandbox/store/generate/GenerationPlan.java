package io.cloudsync.hub.sandbox.store.generate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What to generate: sizes, seed, languages, the shop's time zone and the moment the shop's history ends
 * ({@code start}: generated dates lie before it). The same plan always gives the same shop.
 */
public record GenerationPlan(int products, long seed, List<String> languages, ZoneId zone, int customers, int orders,
                             int orderDays, Instant start) {

    public GenerationPlan {
        languages = List.copyOf(languages);
    }
}
