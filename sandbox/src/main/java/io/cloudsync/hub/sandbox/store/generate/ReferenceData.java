package io.cloudsync.hub.sandbox.store.generate;

import java.util.List;

/** Ids the product generator needs from the reference tables, by position in the {@link Vocabulary} lists. */
record ReferenceData(int[] sizeIds, int[] colourIds, int[] shoeSizeIds, int[] foodFormatIds, int[] bookFormatIds,
                     int[] compositionValueIds, int[] styleValueIds, int[] originValueIds, List<Integer> manufacturerIds) {
}
