package io.cloudsync.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrytonServerTest {

    private static final Map<String, Object> NO_CONTEXT = Map.of();

    @Test
    void twoDatabasesAreIndependent() {
        TrytonDatabase one = TrytonServer.shared().newDatabase();
        TrytonDatabase other = TrytonServer.shared().newDatabase();

        one.call("model.party.party.create", List.of(Map.of("name", "Only in one")), NO_CONTEXT);

        assertThat(one.name()).isNotEqualTo(other.name());
        assertThat(one.call("model.party.party.search_count", List.of(List.of("name", "=", "Only in one")), NO_CONTEXT)
                .asInt()).isEqualTo(1);
        assertThat(other.call("model.party.party.search_count", List.of(List.of("name", "=", "Only in one")),
                NO_CONTEXT).asInt()).isZero();
    }

    @Test
    void theModulesTheHubNeedsAreActivated() {
        JsonNode modules = TrytonServer.shared().newDatabase().call("model.ir.module.search_read",
                List.of(List.of("state", "=", "activated")), 0, null, null, List.of("name"), NO_CONTEXT);

        assertThat(names(modules)).contains("product", "stock", "sale", "purchase", "stock_supply",
                "purchase_request", "company", "party", "currency", "country");
    }

    @Test
    void theReferenceDataAndTheApiUserAreThere() {
        TrytonDatabase database = TrytonServer.shared().newDatabase();

        JsonNode user = database.call("model.res.user.search_read", List.of(List.of("login", "=", database.user())),
                0, null, null, List.of("groups", "company.rec_name"), NO_CONTEXT).get(0);
        JsonNode groups = database.call("model.res.group.read", user.get("groups"), List.of("name"), NO_CONTEXT);
        assertThat(names(groups)).containsExactlyInAnyOrder("Product Administration", "Stock", "Stock Administration", "Sales", "Purchase",
                "Purchase Request", "Party Administration");
        assertThat(user.get("company.").get("rec_name").asText()).isEqualTo("CloudSync Store");
        assertThat(count(database, "party.party", "name", "Default supplier")).isEqualTo(1);
        assertThat(count(database, "product.category", "name", "Store")).isEqualTo(1);
        assertThat(count(database, "currency.currency", "code", "EUR")).isEqualTo(1);
        assertThat(count(database, "stock.location", "code", "WH")).isEqualTo(1);
    }

    @Test
    void theApiUserCanQuoteAndConfirmASale() {
        TrytonDatabase database = TrytonServer.shared().newDatabase();
        TrytonTestClient hub = database.apiUser();
        Map<String, Object> context = hub.context();
        int unit = hub.call("model.product.uom.search", List.of(List.of("symbol", "=", "u")), 0, 1, null, context)
                .get(0).asInt();
        int template = hub.call("model.product.template.create", List.of(Map.of("name", "Shirt", "type", "goods",
                "default_uom", unit, "salable", true, "sale_uom", unit, "list_price", "10", "code", "SKU-1",
                "products", created(Map.of("cost_price", "4")))), context).get(0).asInt();
        int product = hub.call("model.product.product.search", List.of(List.of("template", "=", template)), 0, 1,
                null, context).get(0).asInt();
        int party = hub.call("model.party.party.create", List.of(Map.of("name", "A customer",
                "addresses", created(Map.of("street", "Main 1", "city", "Madrid")))), context).get(0).asInt();
        int address = hub.call("model.party.address.search", List.of(List.of("party", "=", party)), 0, 1, null,
                context).get(0).asInt();
        int warehouse = hub.call("model.stock.location.search", List.of(List.of("code", "=", "WH")), 0, 1, null,
                context).get(0).asInt();
        int currency = hub.call("model.currency.currency.search", List.of(List.of("code", "=", "EUR")), 0, 1, null,
                context).get(0).asInt();
        JsonNode sale = hub.call("model.sale.sale.create", List.of(Map.of("party", party, "invoice_address", address,
                "shipment_address", address, "company", context.get("company"), "currency", currency,
                "warehouse", warehouse, "reference", "ORDER-1", "lines", created(Map.of("type", "line",
                        "product", product, "quantity", 2, "unit", unit, "unit_price", "10")))), context);

        hub.call("model.sale.sale.quote", sale, context);
        hub.call("model.sale.sale.confirm", sale, context);

        JsonNode read = hub.call("model.sale.sale.read", sale, List.of("state", "shipments"), context).get(0);
        assertThat(read.get("state").asText()).isEqualTo("processing");
        assertThat(read.get("shipments")).hasSize(1);
    }

    /** A one2many value that creates one record. */
    private static List<Object> created(Map<String, Object> values) {
        return List.of(List.of("create", List.of(values)));
    }

    private static int count(TrytonDatabase database, String model, String field, String value) {
        return database.call("model." + model + ".search_count", List.of(List.of(field, "=", value)), NO_CONTEXT)
                .asInt();
    }

    private static List<String> names(JsonNode records) {
        List<String> names = new ArrayList<>();
        records.forEach(record -> names.add(record.get("name").asText()));
        return names;
    }
}
