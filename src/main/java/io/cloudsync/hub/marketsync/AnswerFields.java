package io.cloudsync.hub.marketsync;

import java.util.Set;

/**
 * What a caller reads of a call's {@code answer}: all of it ({@link #ALL}), nothing ({@link #NONE}: the answer is
 * only checked for an {@code error}), or some fields of each object of a list ({@link #ofEachItem}). Reading less
 * saves building a tree of what MarketSync echoes back (whole products for a create).
 */
public record AnswerFields(boolean all, Set<String> ofEachItem) {

    public static final AnswerFields ALL = new AnswerFields(true, Set.of());
    public static final AnswerFields NONE = new AnswerFields(false, Set.of());

    public AnswerFields {
        ofEachItem = Set.copyOf(ofEachItem);
    }

    public static AnswerFields ofEachItem(String... fields) {
        return new AnswerFields(false, Set.of(fields));
    }
}
