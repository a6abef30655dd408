package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.model.ShopData;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * The shop's random choices, from one seeded generator so a run can be replayed: existing ids, order references,
 * secure keys. Not thread-safe: callers hold the shop's lock.
 */
final class ShopPicks {

    private final ShopData data;
    private final SplittableRandom random;

    ShopPicks(ShopData data, long seed) {
        this.data = data;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** A random existing product id (0 when there is none). */
    int productId() {
        return data.products.size() == 0 ? 0 : existing(data.products.maxId(), data.products::contains);
    }

    /** A random existing combination id (0 when there is none). */
    int combinationId() {
        return data.combinations.size() == 0 ? 0 : existing(data.combinations.maxId(), data.combinations::contains);
    }

    /** A random existing order id (0 when there is none). */
    int orderId() {
        return data.orders.size() == 0 ? 0 : existing(data.orders.maxId(), data.orders::contains);
    }

    /** A random existing customer id (the shop must have one). */
    int customerId() {
        return existing(data.customers.maxId(), data.customers::contains);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String orderReference() {
        char[] letters = new char[9];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }

    String hex(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    private int existing(int maxId, IntPredicate exists) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int id = 1 + random.nextInt(maxId);
            if (exists.test(id)) {
                return id;
            }
        }
        for (int id = 1; id <= maxId; id++) {
            if (exists.test(id)) {
                return id;
            }
        }
        return 0;
    }
}
