package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.tryton.TrytonClient;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.testing.JdkHttpTransport;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import io.cloudsync.hub.testing.TrytonWarehouse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Purchase requests in a real trytond, as the API user: made once per decision, found again by their marker. */
class PurchaseRequestsTest {

    private final TrytonDatabase db = TrytonServer.shared().newDatabase();
    private final TrytonWarehouse warehouse = new TrytonWarehouse(db);

    private PurchaseRequests requests(String supplier) {
        TrytonSettings settings = new TrytonSettings(db.url(), db.name(), db.user(), db.password(), "WH", "Store",
                supplier, 100, 60000);
        TrytonClient client = new TrytonClient(settings, new JdkHttpTransport(), new ObjectMapper());
        return new PurchaseRequests(client, new TrytonReferences(client, settings), Clock.systemUTC());
    }

    @Test
    void aRequestIsMadeOnceWithTheMarkerAndTheSupplierAndFoundAgain() {
        long mug = warehouse.product("MUG-BLUE");
        PurchaseRequests requests = requests("Default supplier");
        InventoryStep step = new InventoryStep(17, "purchase-requested", "MUG-BLUE", 7, 0, 3, 5, 3, 7, mug);

        long made = requests.findOrCreate(step);
        long again = requests.findOrCreate(step);

        assertThat(again).as("the marker finds it: no second request").isEqualTo(made);
        JsonNode all = warehouse.requests(mug);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).path("quantity").asDouble()).isEqualTo(7.0);
        assertThat(all.get(0).path("description").asText()).isEqualTo("cloudsync-hub inventory decision 17 (MUG-BLUE)");
        assertThat(all.get(0).path("origin").isNull()).isTrue();
        assertThat(all.get(0).path("party").isNull()).isFalse();
        assertThat(all.get(0).path("state").asText()).isEqualTo("draft");

        long other = requests.findOrCreate(new InventoryStep(18, "purchase-requested", "MUG-BLUE", 7, 0, 3, 5, 3, 7,
                mug));
        assertThat(other).as("another decision, another request").isNotEqualTo(made);
    }

    @Test
    void withoutASupplierTheRequestHasNoParty() {
        long cap = warehouse.product("CAP-1");

        requests("").findOrCreate(new InventoryStep(3, "purchase-requested", "CAP-1", 8, 0, 1, 5, 1, 9, cap));

        assertThat(warehouse.requests(cap).get(0).path("party").isNull()).isTrue();
    }

    @Test
    void aDeletedRequestIsGoneAndADraftOneIsNot() {
        long cap = warehouse.product("CAP-2");
        PurchaseRequests requests = requests("");
        long kept = requests.findOrCreate(new InventoryStep(4, "purchase-requested", "CAP-2", 8, 0, 1, 5, 1, 9, cap));
        long deleted = requests.findOrCreate(new InventoryStep(5, "purchase-requested", "CAP-2", 8, 0, 1, 5, 1, 9, cap));
        warehouse.deleteRequest(deleted);

        assertThat(requests.gone(List.of(kept, deleted))).isEqualTo(Set.of(deleted));
        assertThat(requests.gone(List.of())).isEmpty();
    }
}
