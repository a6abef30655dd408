package io.cloudsync.hub.marketsync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The ledger keeps each aspect's {@link ProductAspects.Aspect#ledgerJson} (long values as fingerprints) instead of
 * its full JSON: over the whole golden sample, a diff against it must be the diff against the full JSON, for each
 * product against itself, against the previous product and against copies with one thing changed (both ways).
 */
class LedgerJsonGoldenTest {

    private static final Map<String, UnaryOperator<MappedProduct>> CHANGES = changes();

    @Test
    void diffsAgainstTheLedgerJsonAreTheDiffsAgainstTheFullJson() {
        MappingGolden.Input input = MappingGolden.load();
        MarketSyncMapper mapper = new MarketSyncMapper(input.mapping(), input.catalogue());
        MappedProduct previous = null;
        int changed = 0;
        int fingerprinted = 0;
        for (MappingGolden.Item item : input.items()) {
            MappedProduct mapped = mapper.map(MappingGolden.parse(item.payload()), item.stock());
            List<MappedProduct> others = new ArrayList<>();
            others.add(mapped);
            if (previous != null) {
                others.add(previous);
            }
            for (Map.Entry<String, UnaryOperator<MappedProduct>> change : CHANGES.entrySet()) {
                others.add(change.getValue().apply(mapped));
            }
            ProductAspects aspects = ProductAspects.of(mapped);
            for (MappedProduct other : others) {
                // the ledger holds `other`, the product is now `mapped`; and the other way round
                ProductAspects otherAspects = ProductAspects.of(other);
                changed += compare(otherAspects, mapped, aspects) + compare(aspects, other, otherAspects);
            }
            fingerprinted += aspects.product().ledgerJson().equals(aspects.product().json()) ? 0 : 1;
            previous = mapped;
        }
        // reordered attribute lists and prices with trailing zeros are no change: most of the others are
        assertTrue(changed > 2 * (CHANGES.size() - 4) * input.items().size(), "diffs with changes: " + changed);
        assertEquals(input.items().size(), fingerprinted, "every product of the sample has long values");
    }

    /**
     * Checks the diff of {@code now} against the {@code ledger}'s aspects from the ledger JSON (parsed, and with unchanged aspects
     * taken from the current product) against the one from the full JSON; 1 when that diff is not empty.
     */
    private static int compare(ProductAspects ledger, MappedProduct now, ProductAspects current) {
        ProductDiff full = ProductDiff.between(MappingGolden.accepted(ledger), now);
        AcceptedProduct parsed = AcceptedProduct.fromAspects(ledger.product().ledgerJson(),
                ledgerJsons(ledger.variations()), ledgerJsons(ledger.stock()), ledgerJsons(ledger.prices()));
        AcceptedProduct taken = AcceptedProduct.fromAspects(ledger.product().ledgerJson(),
                ledgerJsons(ledger.variations()), ledgerJsons(ledger.stock()), ledgerJsons(ledger.prices()), now,
                current);
        assertEquals(full, ProductDiff.between(parsed, now), now.sku() + " (parsed)");
        assertEquals(full, ProductDiff.between(taken, now), now.sku() + " (taken)");
        return full.isEmpty() ? 0 : 1;
    }

    private static List<String> ledgerJsons(Map<?, ProductAspects.Aspect> aspects) {
        return aspects.values().stream().map(ProductAspects.Aspect::ledgerJson).toList();
    }

    private static Map<String, UnaryOperator<MappedProduct>> changes() {
        Map<String, UnaryOperator<MappedProduct>> changes = new LinkedHashMap<>();
        changes.put("description", p -> with(p, "product", with(p.product(), "descripcion",
                p.product().descripcion() + " Ahora con más detalle sobre su origen y su elaboración.")));
        changes.put("one word of the sheet", p -> with(p, "product", with(p.product(), "ficha",
                p.product().ficha() == null ? "Ficha técnica nueva, larga y distinta de la anterior"
                        : p.product().ficha().replaceFirst("[a-z]", "x"))));
        changes.put("attributes reordered", p -> with(p, "product", with(p.product(), "atributos",
                reversed(p.product().atributos()))));
        changes.put("an attribute value", p -> with(p, "product", with(p.product(), "atributos",
                p.product().atributos().isEmpty() ? List.of(new AttributeValue("1", "nuevo valor de atributo"))
                        : changedFirst(p.product().atributos()))));
        changes.put("variation attributes reordered", p -> withVariations(p, v -> with(v, "atributos",
                reversed(v.atributos()))));
        changes.put("variation image", p -> withVariations(p, v -> {
            List<String> images = new ArrayList<>(v.images());
            images.set(0, images.get(0) == null ? "http://127.0.0.1/1-large_default/nueva-imagen-de-prueba.jpg"
                    : images.get(0).replace(".jpg", "-2.jpg"));
            return with(v, "images", images);
        }));
        changes.put("variation removed", p -> p.variations().isEmpty() ? p
                : with(p, "variations", p.variations().subList(1, p.variations().size())));
        changes.put("stock", p -> withVariations(p, v -> with(v, "stock", v.stock() + 3)));
        changes.put("price", p -> with(p, "prices", p.prices().stream().map(price -> new MarketPrice(
                price.marketId(), price.precio().add(BigDecimal.ONE), price.oferta())).toList()));
        changes.put("price with trailing zeros", p -> with(p, "prices", p.prices().stream().map(price ->
                new MarketPrice(price.marketId(), price.precio().setScale(4), price.oferta().setScale(4))).toList()));
        return changes;
    }

    private static List<AttributeValue> reversed(List<AttributeValue> attributes) {
        List<AttributeValue> reversed = new ArrayList<>(attributes);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static List<AttributeValue> changedFirst(List<AttributeValue> attributes) {
        List<AttributeValue> changed = new ArrayList<>(attributes);
        changed.set(0, new AttributeValue(changed.get(0).key(), changed.get(0).value() + "x"));
        return changed;
    }

    private static MappedProduct withVariations(MappedProduct product, UnaryOperator<VariationColumns> change) {
        return with(product, "variations", product.variations().stream().map(change).toList());
    }

    /** A copy of a record with one component replaced. */
    private static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            @SuppressWarnings("unchecked")
            R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
