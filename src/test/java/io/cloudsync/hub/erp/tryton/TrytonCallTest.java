package io.cloudsync.hub.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrytonCallTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aModelCallEndsWithItsContextAndKeepsNulls() throws Exception {
        TrytonCall call = TrytonCall.model("product.product", "search_read", List.of(List.of("code", "=", "A-1")), 0,
                null, null, List.of("code"));

        JsonNode body = JSON.readTree(call.json(JSON));

        assertThat(body.path("method").asText()).isEqualTo("model.product.product.search_read");
        assertThat(body.path("params").toString()).isEqualTo("[[[\"code\",\"=\",\"A-1\"]],0,null,null,[\"code\"],{}]");
        assertThat(body.path("id").asLong()).isPositive();
        assertThat(call.subject()).isEqualTo("product.product");
    }

    @Test
    void theSessionContextGoesUnderTheCallsOwn() throws Exception {
        Map<String, Object> own = new HashMap<>();
        own.put("active_test", false);
        own.put("language", "es");
        TrytonCall call = TrytonCall.model("product.product", "search", own, List.of());

        TrytonCall merged = call.inContext(Map.of("company", 1L, "language", "en"));

        JsonNode context = JSON.readTree(merged.json(JSON)).path("params").get(1);
        assertThat(context.path("company").asLong()).isEqualTo(1);
        assertThat(context.path("language").asText()).isEqualTo("es");
        assertThat(context.path("active_test").asBoolean(true)).isFalse();
    }

    @Test
    void aCallThatIsNotAModelsGetsNoContext() {
        TrytonCall login = new TrytonCall("common.db.logout", List.of());

        assertThat(login.inContext(Map.of("company", 1L))).isSameAs(login);
    }

    @Test
    void itsTextNamesTheMethodOnlyNeverTheParameters() {
        TrytonCall call = TrytonCall.model("party.party", "create", List.of(Map.of("name", "Jane Doe")));

        assertThat(call.toString()).isEqualTo("model.party.party.create").doesNotContain("Jane");
    }

    @Test
    void valuesTrytonHasNoJsonTypeForAreTagged() throws Exception {
        TrytonCall call = TrytonCall.model("sale.sale", "write", List.of(1), Map.of(
                "unit_price", TrytonValues.decimal(new BigDecimal("12.50")),
                "sale_date", TrytonValues.date(LocalDate.of(2026, 12, 7))));

        JsonNode values = JSON.readTree(call.json(JSON)).path("params").get(1);

        assertThat(values.path("unit_price").toString()).isEqualTo("{\"__class__\":\"Decimal\",\"decimal\":\"12.50\"}");
        assertThat(values.path("sale_date").path("__class__").asText()).isEqualTo("date");
        assertThat(values.path("sale_date").path("day").asInt()).isEqualTo(7);
        assertThat(TrytonValues.decimal(values.path("unit_price"))).isEqualByComparingTo("12.5");
        assertThat(TrytonValues.bool(JSON.readTree("1"))).isTrue();
        assertThat(TrytonValues.bool(JSON.readTree("false"))).isFalse();
        assertThat(TrytonValues.id(JSON.readTree("{\"id\":7,\"name\":\"x\"}"))).isEqualTo(7);
        assertThat(TrytonValues.id(JSON.readTree("null"))).isEqualTo(-1);
    }
}
