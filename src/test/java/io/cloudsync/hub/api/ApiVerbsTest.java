package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiVerbsTest {

    @Test
    void aV1VerbWithoutScopesIsRefused() {
        assertThatThrownBy(() -> ApiVerbs.of(List.of(new ApiVerbs.Verb("api-x", "GET", "/v1/x", Set.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("api-x").hasMessageContaining("no scope");
    }

    @Test
    void publicPathsAndVerbsOutsideV1NeedNoScopeAndAreNotGuarded() {
        ApiVerbs verbs = ApiVerbs.of(List.of(new ApiVerbs.Verb("api-oauth-token", "POST", "/oauth/token", Set.of()),
                new ApiVerbs.Verb("doc", "GET", "/v1/openapi.json", Set.of()),
                new ApiVerbs.Verb("api-sync-orders-list", "GET", "/v1/sync/orders", Set.of("read"))));
        assertThat(verbs.find("api-oauth-token")).get().extracting(ApiVerbs.Verb::guarded).isEqualTo(false);
        assertThat(verbs.guarded()).extracting(ApiVerbs.Verb::id).containsExactly("api-sync-orders-list");
        assertThat(verbs.find("api-sync-orders-list")).get().extracting(ApiVerbs.Verb::scopes).isEqualTo(Set.of("read"));
    }

    @Test
    void unknownScopesAndRepeatedIdsAreRefused() {
        assertThatThrownBy(() -> ApiVerbs.of(List.of(new ApiVerbs.Verb("a", "GET", "/v1/a", Set.of("raed")))))
                .hasMessageContaining("raed");
        assertThatThrownBy(() -> ApiVerbs.of(List.of(new ApiVerbs.Verb("a", "GET", "/v1/a", Set.of("read")),
                new ApiVerbs.Verb("a", "PUT", "/v1/a", Set.of("write"))))).hasMessageContaining("id of its own");
    }

    @Test
    void theAnswerMapperFollowsThePath() {
        assertThat(new ApiVerbs.Verb("a", "GET", "/v1/admin/sync-status", Set.of("admin")).adminJson()).isTrue();
        assertThat(new ApiVerbs.Verb("d", "GET", "/v1/dashboard/status", Set.of("read")).adminJson()).isTrue();
        assertThat(new ApiVerbs.Verb("s", "GET", "/v1/sync/products", Set.of("read")).adminJson()).isFalse();
    }
}
