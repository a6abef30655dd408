package io.cloudsync.hub.erp.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calls' shapes as Tryton's JSON-RPC takes them (facts checked against a real trytond in the route test). */
class SaleCallsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SaleCalls calls = new SaleCalls(new TrytonReferences(call -> {
        if (call.method().equals("model.res.user.get_preferences")) {
            return json.valueToTree(Map.of("company", 1));
        }
        throw new AssertionError("unexpected call " + call);
    }, TrytonSettings.from(HubProperties.of(Map.of()))));

    @Test
    void aSaleIsLookedUpByItsReferenceOldestFirst() {
        TrytonCall find = calls.findSale(SaleOrder.none("store-order 1", "store R1", ""));

        assertThat(find.method()).isEqualTo("model.sale.sale.search_read");
        assertThat(find.params().get(0)).isEqualTo(List.of(List.of("reference", "=", "store R1")));
        assertThat(find.params().get(4)).isEqualTo(List.of("id", "state", "shipments"));
    }

    @Test
    void theShipmentExceptionWizardRunsOnTheSaleInTheCompanysContextIgnoringTheMoves() {
        TrytonCall ignore = calls.exceptionWizardIgnore(3, 41, List.of(7, 8));

        assertThat(ignore.method()).isEqualTo("wizard.sale.handle.shipment.exception.execute");
        assertThat(ignore.params().get(1)).isEqualTo(Map.of("ask", Map.of("recreate_moves", List.of(),
                "domain_moves", List.of(7L, 8L))));
        assertThat(ignore.params().get(2)).isEqualTo("handle");
        assertThat(ignore.params().get(3)).isEqualTo(Map.of("company", 1L, "active_model", "sale.sale",
                "active_id", 41L, "active_ids", List.of(41L)));
    }

    @Test
    void aButtonNamesTheSale() {
        assertThat(calls.button("confirm", 41).method()).isEqualTo("model.sale.sale.confirm");
        assertThat(calls.button("confirm", 41).params().get(0)).isEqualTo(List.of(41L));
    }
}
