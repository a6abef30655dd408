package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two simulators with the same seed and clock serve byte-identical JSON; another seed serves another shop. */
class RenderedShopDeterminismTest {

    private static final String[] PAGES = {"/api/products?display=full&output_format=JSON",
            "/api/combinations?display=full&output_format=JSON", "/api/orders?display=full&output_format=JSON",
            "/api/customers?display=full&output_format=JSON", "/api/specific_prices?display=full&output_format=JSON"};

    @Test
    void sameSeedSameAnswers() {
        try (SandboxStore first = SandboxStore.small(); SandboxStore second = SandboxStore.small();
             SandboxStore other = new SandboxStore(SandboxStore.settings(60).withSeed(43))) {
            for (String page : PAGES) {
                assertThat(second.get(page).body()).as(page).isEqualTo(first.get(page).body());
            }
            assertThat(other.get(PAGES[0]).body()).isNotEqualTo(first.get(PAGES[0]).body());
        }
    }
}
