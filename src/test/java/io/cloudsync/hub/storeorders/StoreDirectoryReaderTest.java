package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store ids marketplace orders need, read once from a store that answers from canned bodies. */
class StoreDirectoryReaderTest {

    private final List<String> asked = new ArrayList<>();

    private StoreClient store(Map<String, HttpResult> answers) {
        return new StoreClient(new StoreSettings("http://shop", "K".repeat(32), "", "es"), call -> {
            String resource = call.url().substring("http://shop/api/".length()).replaceAll("\\?.*", "");
            asked.add(resource);
            return answers.getOrDefault(resource, new HttpResult(404, Map.of(), "{\"errors\":[]}"));
        }, CanonicalJson.mapper());
    }

    private static HttpResult ok(String body) {
        return new HttpResult(200, Map.of(), body);
    }

    @Test
    void theShopsDefaultsTheCountrysStatesAndTheCancelledStateByItsTemplate() {
        StoreClient store = store(Map.of(
                "configurations", ok("{\"configurations\":[{\"name\":\"PS_LANG_DEFAULT\",\"value\":\"2\"},"
                        + "{\"name\":\"PS_CURRENCY_DEFAULT\",\"value\":\"3\"},{\"name\":\"PS_COUNTRY_DEFAULT\",\"value\":"
                        + "\"145\"},{\"name\":\"PS_OS_PAYMENT\",\"value\":\"11\"},{\"name\":\"PS_CUSTOMER_GROUP\","
                        + "\"value\":\"4\"}]}"),
                "states", ok("{\"states\":[{\"id\":66,\"name\":\"Ciudad de México\",\"iso_code\":\"CMX\"},"
                        + "{\"id\":70,\"name\":\"Jalisco\",\"iso_code\":\"JAL\"}]}"),
                "order_states", ok("{\"order_states\":[{\"id\":2,\"template\":\"payment\"},"
                        + "{\"id\":16,\"template\":\"order_canceled\"}]}")));
        ImportSettings carrierSeven = new ImportSettings("marketsync", "x.invalid", Orders.SETTINGS.statusWords(), 7, 0,
                0, 0);
        StoreDirectoryReader reader = new StoreDirectoryReader(store, carrierSeven);

        StoreDirectory directory = reader.get();
        reader.get();

        assertThat(directory.languageId()).isEqualTo(2);
        assertThat(directory.currencyId()).isEqualTo(3);
        assertThat(directory.carrierId()).as("configured").isEqualTo(7);
        assertThat(directory.customerGroupId()).isEqualTo(4);
        assertThat(directory.countryId()).isEqualTo(145);
        assertThat(directory.paidStateId()).isEqualTo(11);
        assertThat(directory.cancelledStateId()).as("no PS_OS_CANCELED: the order_canceled template").isEqualTo(16);
        assertThat(directory.stateId("cdmx")).contains(66L);
        assertThat(directory.stateId("JAL")).contains(70L);
        assertThat(asked).as("read once").containsExactly("configurations", "states", "order_states");
    }

    @Test
    void aKeyWithoutTheRightToStatesLeavesThemUnknown() {
        StoreClient store = store(Map.of(
                "configurations", ok("{\"configurations\":[{\"name\":\"PS_COUNTRY_DEFAULT\",\"value\":\"145\"},"
                        + "{\"name\":\"PS_OS_CANCELED\",\"value\":\"6\"}]}"),
                "states", new HttpResult(401, Map.of(), "{\"errors\":[{\"code\":26,\"message\":\"Resource of type"
                        + " \\\"states\\\" is not allowed with this authentication key\"}]}")));

        StoreDirectory directory = new StoreDirectoryReader(store, Orders.SETTINGS).get();

        assertThat(directory.knowsStates()).isFalse();
        assertThat(directory.cancelledStateId()).isEqualTo(6);
        assertThat(directory.carrierId()).as("no PS_CARRIER_DEFAULT").isZero();
        assertThat(asked).doesNotContain("order_states");
    }
}
