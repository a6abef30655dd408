package io.cloudsync.hub.crash;

import io.cloudsync.hub.erp.products.MappedTemplate;
import io.cloudsync.hub.model.Product;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The templates Tryton should hold for a store's products (inactive ones too): each product's variation SKUs (a
 * variation without a SKU is dead-lettered, never sent). Products that share a reference are apart: the sink lets
 * the lowest store id the mirror knows of have it, and with the mirror filled page by page which one that is depends
 * on the order the pages come in (as for MarketSync: {@link io.cloudsync.hub.testing.ExpectedCatalogue#shared()}),
 * so their SKUs may be in Tryton, each at most once, on a template of SKUs of that reference's products only.
 *
 * @param templates the SKUs of each product whose reference no other product has, by store id: exactly these
 * @param shared    the SKUs of the products of each shared reference
 */
record ExpectedTrytonProducts(Map<Long, Set<String>> templates, Map<String, Set<String>> shared) {

    static ExpectedTrytonProducts of(List<Product> products) {
        Map<String, Integer> holders = new HashMap<>();
        products.forEach(product -> holders.merge(product.reference(), 1, Integer::sum));
        Map<Long, Set<String>> templates = new LinkedHashMap<>();
        Map<String, Set<String>> shared = new LinkedHashMap<>();
        Map<String, Long> skuOwners = new HashMap<>();
        for (Product product : products) {
            List<String> skus = MappedTemplate.of(String.valueOf(product.id()), product).skus();
            if (!product.reference().isEmpty() && holders.get(product.reference()) > 1) {
                shared.computeIfAbsent(product.reference(), reference -> new HashSet<>()).addAll(skus);
                continue;
            }
            for (String sku : skus) {
                Long other = skuOwners.putIfAbsent(sku, product.id());
                if (other != null) {
                    throw new IllegalStateException("SKU " + sku + " of store products " + other + " and "
                            + product.id() + ": the drill cannot say which one Tryton gets");
                }
            }
            if (!skus.isEmpty()) {
                templates.put(product.id(), Set.copyOf(skus));
            }
        }
        shared.values().forEach(skus -> skus.stream().filter(skuOwners::containsKey).findFirst().ifPresent(sku -> {
            throw new IllegalStateException("SKU " + sku + " of a shared reference is another product's too");
        }));
        return new ExpectedTrytonProducts(templates, shared);
    }

    /** The SKUs Tryton must have. */
    Set<String> codes() {
        Set<String> codes = new HashSet<>();
        templates.values().forEach(codes::addAll);
        return codes;
    }

    /** Whether a Tryton template with these codes is one the store's products explain. */
    boolean explains(Set<String> templateCodes) {
        return templates.containsValue(templateCodes)
                || shared.values().stream().anyMatch(skus -> skus.containsAll(templateCodes));
    }

    /** Whether Tryton may hold the code (it must, or it may when a shared reference's product has it). */
    boolean allows(String code) {
        return templates.values().stream().anyMatch(skus -> skus.contains(code))
                || shared.values().stream().anyMatch(skus -> skus.contains(code));
    }
}
