package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Category → products, for {@code categories} (its {@code products} association and {@code nb_products_recursive}).
 * One pass over the catalogue, redone only when the shop changed.
 */
final class CategoryMembers {

    private final SandboxShop shop;
    private long version = -1;
    private Map<Integer, int[]> members = Map.of();

    CategoryMembers(SandboxShop shop) {
        this.shop = shop;
    }

    synchronized int[] of(int categoryId) {
        long current = shop.version();
        if (current != version) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            shop.data().products.forEach(product -> {
                for (int category : product.categoryIds()) {
                    lists.computeIfAbsent(category, key -> new ArrayList<>()).add(product.id());
                }
            });
            Map<Integer, int[]> next = new HashMap<>();
            lists.forEach((category, ids) -> next.put(category, ids.stream().mapToInt(Integer::intValue).toArray()));
            members = next;
            version = current;
        }
        return members.getOrDefault(categoryId, new int[0]);
    }
}
