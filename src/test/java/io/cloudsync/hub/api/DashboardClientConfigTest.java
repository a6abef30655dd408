package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hub.api.dashboard-client: any client id on its own, or a listed client whose scopes are only dashboard or read. */
class DashboardClientConfigTest {

    private static final String HASH = new SecretHasher().hash("a-secret");

    private static Map<String, String> listed(String id, String scopes) {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("hub.api.clients", id);
        configuration.put("hub.api.client." + id + ".secret-hash", HASH);
        configuration.put("hub.api.client." + id + ".scopes", scopes);
        return configuration;
    }

    @Test
    void anIdOfItsOwnNeedsNoOtherKey() {
        assertThat(ApiClients.problems(Map.of("hub.api.dashboard-client", "dashboard"))).isEmpty();
        assertThat(ApiClients.problems(Map.of("hub.api.dashboard-client", ""))).isEmpty();
    }

    @Test
    void aListedClientMayBeTheDashboardsOnlyWithTheDashboardOrReadScopes() {
        for (String scopes : List.of("read", "dashboard", "read dashboard")) {
            Map<String, String> reader = listed("bi", scopes);
            reader.put("hub.api.dashboard-client", "bi");
            assertThat(ApiClients.problems(reader)).as(scopes).isEmpty();
        }

        Map<String, String> admin = listed("ops", "read admin");
        admin.put("hub.api.dashboard-client", "ops");
        assertThat(ApiClients.problems(admin)).singleElement().asString()
                .contains("hub.api.dashboard-client names client ops", "only the scopes dashboard or read");
        Map<String, String> writer = listed("bi", "dashboard write");
        writer.put("hub.api.dashboard-client", "bi");
        assertThat(ApiClients.problems(writer)).singleElement().asString().contains("only the scopes dashboard or read");
    }

    @Test
    void theDashboardClientMayHoldTheDashboardScopeAndAListedOneItsOwnToo() {
        Map<String, String> configuration = listed("bi", "read");
        configuration.put("hub.api.dashboard-client", "dashboard");
        ApiClients clients = ApiClients.from(configuration, new SecretHasher());
        assertThat(clients.allowedScopes("dashboard")).containsExactly("dashboard");
        assertThat(clients.allowedScopes("bi")).containsExactly("read");
        assertThat(clients.allowedScopes("gone")).isEmpty();

        configuration.put("hub.api.dashboard-client", "bi");
        assertThat(ApiClients.from(configuration, new SecretHasher()).allowedScopes("bi"))
                .containsExactlyInAnyOrder("read", "dashboard");
    }

    @Test
    void anIdOfTheWrongFormIsAProblem() {
        assertThat(ApiClients.problems(Map.of("hub.api.dashboard-client", "the dashboard"))).singleElement()
                .asString().contains("hub.api.dashboard-client is 'the dashboard'");
    }
}
