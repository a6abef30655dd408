package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;

/** Invents the identifier a marketplace gives a listing, the same for a given seed, product and marketplace. */
public final class MarketSkus {

    private static final char[] ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final long seed;

    public MarketSkus(long seed) {
        this.seed = seed;
    }

    public String of(Market market, long productId) {
        long mixed = mix(seed ^ (productId * 0x9E3779B97F4A7C15L) ^ (market.id() * 0xC2B2AE3D27D4EB4FL));
        if (market.skuPrefix().equals("B0")) {
            StringBuilder asin = new StringBuilder("B0");
            for (int i = 0; i < 8; i++) {
                asin.append(ALPHANUMERIC[(int) Long.remainderUnsigned(mixed >>> (i * 6), ALPHANUMERIC.length)]);
            }
            return asin.toString();
        }
        return market.skuPrefix() + (500_000_000L + Long.remainderUnsigned(mixed, 400_000_000L));
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
