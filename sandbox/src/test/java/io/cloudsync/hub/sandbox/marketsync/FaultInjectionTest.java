package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.sandbox.faults.FaultRule;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults are injected per controller: one fails while the others keep working. */
class FaultInjectionTest {

    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandbox.quiet();
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void aFailingControllerAnswers500WhileTheOthersWork() {
        sandbox.simulator.faults().set("productos", FaultRule.failing());

        MarketSyncException failed = Assertions.catchThrowableOfType(MarketSyncException.class,
                () -> sandbox.get("productos"));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(sandbox.get("markets")).isNotEmpty();
        assertThat(sandbox.get("precios")).isEmpty();
        assertThat(sandbox.simulator.faults().injectedCounts()).containsEntry("always-500", 1L);
    }

    @Test
    void faultsAreSetThroughTheControlApiToo() {
        var set = sandbox.raw("PUT", "/_sandbox/faults/stock", "{\"throttleRate\":1.0,\"retryAfterSeconds\":7}");
        assertThat(set.statusCode()).isEqualTo(200);

        var throttled = sandbox.raw("GET", "/api/stock?" + sandbox.signed(Map.of()), null);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(sandbox.get("markets")).isNotEmpty();
        assertThat(sandbox.raw("DELETE", "/_sandbox/faults", null).statusCode()).isEqualTo(200);
        assertThat(sandbox.get("stock")).isEmpty();
    }

    @Test
    void aDroppedConnectionIsLoggedWithStatusZero() {
        sandbox.simulator.faults().set("pedidos", FaultRule.dropped(1.0));

        Assertions.assertThatThrownBy(() -> sandbox.get("pedidos"))
                .isInstanceOf(io.cloudsync.hub.http.TransportException.class);

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(sandbox.simulator.requests().all())
                .anySatisfy(r -> {
                    assertThat(r.controller()).isEqualTo("pedidos");
                    assertThat(r.status()).isZero();
                }));
    }

    @Test
    void anAnswerLostAfterTheCommitLeavesTheProductCreated() {
        sandbox.simulator.faults().set("productos", new FaultRule(0, 0, 503, 0, 1, 0, 0, false, 0, 1.0,
                java.util.Set.of()));

        MarketSyncException lost = Assertions.catchThrowableOfType(MarketSyncException.class,
                () -> sandbox.send("POST", "productos", Items.array(Items.product("LOST-ANSWER-1"))));

        assertThat(lost.status()).isEqualTo(503);
        assertThat(sandbox.state().product("LOST-ANSWER-1")).as("committed before the answer was lost").isPresent();
        assertThat(sandbox.simulator.faults().injectedCounts()).containsEntry("5xx-after-commit", 1L);

        sandbox.simulator.faults().set("productos", new FaultRule(0, 0, 500, 0, 1, 0, 0, false, 1.0, 0,
                java.util.Set.of()));
        Assertions.assertThatThrownBy(() -> sandbox.send("POST", "productos",
                Items.array(Items.product("LOST-ANSWER-2")))).isInstanceOf(io.cloudsync.hub.http.TransportException.class);
        assertThat(sandbox.state().product("LOST-ANSWER-2")).isPresent();
    }

    @Test
    void aLaxSandboxTakesASkuItAlreadyHoldsUnderANewIdAndTheInspectionApiShowsIt() {
        sandbox.createProducts("TWICE-00001");
        assertThat(sandbox.refused("POST", "productos", Items.array(Items.product("TWICE-00001"))).getMessage())
                .contains("already exists");

        var lax = sandbox.raw("PUT", "/_sandbox/settings", "{\"acceptDuplicateSkus\":true}");
        assertThat(lax.statusCode()).isEqualTo(200);
        assertThat(lax.body()).contains("\"acceptDuplicateSkus\":true");
        sandbox.send("POST", "productos", Items.array(Items.product("TWICE-00001")));

        var duplicates = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/duplicate-skus", null).body());
        assertThat(duplicates.path("TWICE-00001")).hasSize(2);
        assertThat(sandbox.state().product("TWICE-00001").orElseThrow().id()).as("the SKU's first product")
                .isEqualTo(duplicates.path("TWICE-00001").get(0).asLong());
    }
}
