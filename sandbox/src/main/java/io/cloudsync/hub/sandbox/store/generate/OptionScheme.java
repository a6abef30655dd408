package io.cloudsync.hub.sandbox.store.generate;

/** Which attribute groups a kind of product combines. */
public enum OptionScheme {
    SIZE_AND_COLOUR, SHOE_SIZE_AND_COLOUR, COLOUR, FOOD_FORMAT, BOOK_FORMAT
}
