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
}
