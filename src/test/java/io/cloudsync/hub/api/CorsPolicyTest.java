package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void emptyMeansNoCorsHeadersAtAll() {
        CorsPolicy none = CorsPolicy.of("");
        assertThat(none.enabled()).isFalse();
        assertThat(none.answerHeaders("http://localhost:3000")).isEmpty();
        assertThat(none.preflightHeaders("http://localhost:3000")).isEmpty();
        assertThat(CorsPolicy.of(null).enabled()).isFalse();
    }

    @Test
    void aListedOriginIsEchoedWithVaryAndThePreflightNamesMethodsAndHeaders() {
        CorsPolicy policy = CorsPolicy.of(" http://localhost:3000 ,https://Dash.example.com/ ");
        assertThat(policy.allows("http://localhost:3000")).isTrue();
        assertThat(policy.allows("https://dash.example.com")).as("case and a trailing slash do not matter").isTrue();
        assertThat(policy.allows("http://localhost:3001")).isFalse();
        assertThat(policy.allows(null)).isFalse();

        assertThat(policy.answerHeaders("http://localhost:3000")).containsEntry("Access-Control-Allow-Origin",
                "http://localhost:3000").containsEntry("Vary", "Origin")
                .containsEntry("Access-Control-Expose-Headers", "Content-Disposition, Retry-After, WWW-Authenticate")
                .doesNotContainKey("Access-Control-Allow-Credentials");
        assertThat(policy.preflightHeaders("http://localhost:3000"))
                .containsEntry("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .containsEntry("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS")
                .containsKey("Access-Control-Max-Age");
        assertThat(policy.preflightHeaders("https://evil.example")).isEmpty();
    }

    @Test
    void aStarAllowsEveryOriginWithoutEchoingIt() {
        CorsPolicy any = CorsPolicy.of("*");
        assertThat(any.answerHeaders("https://anything.example")).containsEntry("Access-Control-Allow-Origin", "*")
                .doesNotContainKey("Vary");
    }

    @Test
    void onlyOriginsAreValid() {
        assertThat(CorsPolicy.problem("https://dash.example.com:8443")).isNull();
        assertThat(CorsPolicy.problem("*")).isNull();
        assertThat(CorsPolicy.problem("dash.example.com")).contains("not an origin");
        assertThat(CorsPolicy.problem("https://dash.example.com/path")).contains("not an origin");
    }
}
