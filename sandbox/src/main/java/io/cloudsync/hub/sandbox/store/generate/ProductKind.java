package io.cloudsync.hub.sandbox.store.generate;

import java.util.List;

/**
 * A kind of product the generator makes: its name, SKU prefix, leaf category, price range (tax included, in cents,
 * as a shop owner types it), tax rule group, attribute scheme, possible materials and typical weight.
 */
public record ProductKind(String prefix, Term noun, Family family, int categoryId, int minPriceCents,
                          int maxPriceCents, int taxRulesGroupId, OptionScheme options, List<Integer> materials,
                          int weightGrams) {

    /** Families share sentences, manufacturers and dimensions. */
    public enum Family { CLOTHING, FOOTWEAR, ACCESSORIES, HOME, FOOD, BOOKS }
}
