package io.cloudsync.hub.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.testing.RouteFiles;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * routes/erp-tryton-rpc.camel.yaml against a real trytond: it logs in on the first call, carries the session, logs in
 * again when Tryton dropped the session, and hands back refusals at once with Tryton's message.
 */
class ErpTrytonRpcRouteTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrytonDatabase database;
    private TrytonSession session;
    private TrytonSettings settings;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        database = TrytonServer.shared().newDatabase();
        CamelContext context = super.createCamelContext();
        Map<String, String> keys = new HashMap<>(database.hubProperties());
        keys.put("hub.retry.max-attempts", "3");
        keys.put("hub.retry.initial-delay", "10");
        keys.put("hub.retry.max-delay", "50");
        keys.put("hub.http.connect-timeout", "5000");
        keys.put("hub.erp.tryton.timeout", "60000");
        RouteFiles.load(context, keys, "routes/error-handling.camel.yaml", "routes/erp-tryton-rpc.camel.yaml");
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        settings = new TrytonSettings(database.url(), database.name(), database.user(), database.password(), "WH",
                "Store", "", 100, 60000);
        session = new TrytonSession(settings, JSON);
        registry.bind("trytonSession", session);
        registry.bind("trytonRpc", new TrytonRpc(session, JSON));
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(3));
        registry.bind("deadLetterStore", new Object() {
            @SuppressWarnings("unused")
            public void record(Object body) {
                throw new AssertionError("nothing here is dead-lettered: the caller gets the failure");
            }
        });
    }

    private JsonNode call(TrytonCall call) throws Exception {
        String answer = template.requestBody("direct:erp-tryton-call", call, String.class);
        return JSON.readTree(answer).get("result");
    }

    @Test
    void theFirstCallLogsInReadsTheUsersCompanyAndTheAnswerComesBackAsJson() throws Exception {
        assertThat(session.isOpen()).isFalse();

        JsonNode modules = call(TrytonCall.model("ir.module", "search_read",
                List.of(List.of("name", "=", "stock"), List.of("state", "=", "activated")), 0, null, null,
                List.of("name")));

        assertThat(session.isOpen()).isTrue();
        assertThat(session.context()).containsKey("company");
        assertThat(modules).hasSize(1);
        assertThat(modules.get(0).path("name").asText()).isEqualTo("stock");
    }

    @Test
    void aSessionTrytonDroppedIsOpenedAgainAndTheCallGoesThrough() throws Exception {
        call(TrytonCall.model("res.user", "get_preferences", false));
        String before = session.authorization();
        // log the session out on Tryton's side: the bean still holds it, Tryton answers 401/403 to it
        template.requestBody("direct:erp-tryton-call", new TrytonCall("common.db.logout", List.of()), String.class);

        JsonNode user = call(TrytonCall.model("res.user", "get_preferences", true));

        assertThat(user.path("company").canConvertToLong()).as(user.toString()).isTrue();
        assertThat(session.authorization()).isNotEqualTo(before);
    }

    @Test
    void aRefusalComesBackAtOnceWithTrytonsMessage() {
        TrytonCall incomplete = TrytonCall.model("product.template", "create", List.of(Map.of("type", "goods")));

        assertThatThrownBy(() -> template.requestBody("direct:erp-tryton-call", incomplete))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(TrytonException.class)
                .satisfies(e -> assertThat(((TrytonException) e).kind()).isEqualTo(TrytonException.Kind.REFUSED))
                .hasMessageContaining("model.product.template.create");
    }
}
