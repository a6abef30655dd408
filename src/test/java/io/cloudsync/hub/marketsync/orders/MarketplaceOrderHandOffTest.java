package io.cloudsync.hub.marketsync.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MarketplaceOrderHandOffTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final MarketplaceOrderHandOff handOff = new MarketplaceOrderHandOff(mirror, JSON);

    @AfterEach
    void close() {
        db.close();
    }

    private ChangeSet mirrored(String payload) throws Exception {
        MarketplaceOrder order = MarketplaceOrderNormaliser.normalise(JSON.readTree(payload));
        return mirror.writePage(MarketplaceOrder.ENTITY, MarketplaceOrder.ENTITY, List.of(MirrorUpsert.of(
                Long.toString(order.id()), order.reference(), JSON.writeValueAsString(order))));
    }

    @Test
    void theOrdersOfASetAreRecordedInTheirMirroredVersionAndNamedInTheLog() throws Exception {
        ChangeSet set = mirrored(MarketplaceOrderNormaliserTest.AMAZON);

        assertThat(handOff.receive(set)).isEqualTo(
                "marketplace orders handed to the store: 1 (Amazon 702-3345123-0098127 Unshipped)");
        assertThat(handOff.handedOver()).containsOnlyKeys("135902");
        assertThat(handOff.handedOverAsMirrored(List.of("135902"))).isTrue();

        mirrored(MarketplaceOrderNormaliserTest.AMAZON.replace("Unshipped", "Shipped"));
        assertThat(handOff.handedOverAsMirrored(List.of("135902"))).as("a newer version not handed over").isFalse();
    }

    @Test
    void aReplayedLetterIsReadBackAsAChangeSet() throws Exception {
        ChangeSet set = handOff.changeSet("{\"id\":7,\"entity\":\"marketplace-orders\",\"storeIds\":[\"135001\"]}");

        assertThat(set.storeIds()).containsExactly("135001");
        assertThat(set.entity()).isEqualTo(MarketplaceOrder.ENTITY);
        assertThatThrownBy(() -> handOff.changeSet("{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
