package io.cloudsync.hub.marketsync.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sink ledger keeps each aspect's canonical JSON and its hash: if one byte of them changed with a new hub,
 * every product would be sent again after the upgrade. So the mapper, the aspects, the validation and the diff
 * must give exactly what they gave when the golden sample was recorded, however they are made faster.
 */
class MappingGoldenTest {

    @Test
    void theSandboxSampleMapsToTheRecordedAspectsValidationsAndDiffs() {
        List<String> recorded = MappingGolden.recordedOutputs();
        List<String> now = MappingGolden.outputs(MappingGolden.load());
        assertEquals(recorded.size(), now.size(), "products in the sample");
        for (int i = 0; i < recorded.size(); i++) {
            assertEquals(recorded.get(i), now.get(i), "product " + i + " of the golden sample");
        }
    }

    @Test
    void aspectsTakenFromTheCurrentProductGiveTheDiffsOfTheParsedLedger() {
        MappingGolden.Input input = MappingGolden.load();
        MarketSyncMapper mapper = new MarketSyncMapper(input.mapping(), input.catalogue());
        ProductAspects previous = null;
        for (MappingGolden.Item item : input.items()) {
            MappedProduct mapped = mapper.map(MappingGolden.parse(item.payload()), item.stock());
            ProductAspects aspects = ProductAspects.of(mapped);
            // itself, itself without stock (a stock change), and the previous product (every aspect changed)
            List<ProductAspects> ledgers = new java.util.ArrayList<>(List.of(aspects,
                    ProductAspects.of(mapper.map(MappingGolden.parse(item.payload()), java.util.Map.of()))));
            if (previous != null) {
                ledgers.add(previous);
            }
            for (ProductAspects ledger : ledgers) {
                AcceptedProduct parsed = MappingGolden.accepted(ledger);
                AcceptedProduct taken = AcceptedProduct.fromAspects(ledger.product().json(), jsons(ledger.variations()),
                        jsons(ledger.stock()), jsons(ledger.prices()), mapped, aspects);
                assertEquals(ProductDiff.between(parsed, mapped), ProductDiff.between(taken, mapped), mapped.sku());
            }
            previous = aspects;
        }
    }

    private static List<String> jsons(java.util.Map<?, ProductAspects.Aspect> aspects) {
        return aspects.values().stream().map(ProductAspects.Aspect::json).toList();
    }
}
