package io.cloudsync.hub.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The session's bookkeeping, on answers shaped as trytond 6.0 sends them. */
class TrytonSessionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TrytonSession session = new TrytonSession(new TrytonSettings("http://127.0.0.1:8000/", "hub", "hub",
            "pass-word-77", "WH", "Store", "", 100, 60000), JSON);

    @Test
    void aLoginAnswerOpensASessionCarriedAsTrytonsSessionHeader() {
        session.started(200, "{\"id\":1,\"result\":[2,\"abc123\"]}");

        String header = session.authorization();
        assertThat(header).startsWith("Session ");
        assertThat(new String(Base64.getDecoder().decode(header.substring(8)), StandardCharsets.UTF_8))
                .isEqualTo("hub:2:abc123");
    }

    @Test
    void aRefusedLoginNamesTheUserNotThePassword() {
        assertThatThrownBy(() -> session.started(401, "<html>Unauthorized</html>"))
                .isInstanceOf(TrytonException.class)
                .hasMessageContaining("user hub")
                .hasMessageNotContaining("pass-word-77")
                .satisfies(e -> assertThat(((TrytonException) e).isTransient()).isFalse());
        assertThat(session.isOpen()).isFalse();
    }

    @Test
    void theLoginBodyCarriesThePasswordButTheSessionsTextDoesNot() {
        assertThat(session.loginRequest()).contains("pass-word-77").contains("common.db.login");
        assertThat(session.toString()).doesNotContain("pass-word-77");
    }

    @Test
    void preferencesGiveTheContextsCompany() {
        session.preferences(200, "{\"id\":2,\"result\":{\"company\":1,\"language\":\"en\",\"groups\":[8]}}");

        assertThat(session.context()).containsEntry("company", 1L).containsEntry("language", "en");
    }

    @Test
    void aForgottenSessionIsNoLongerCarried() {
        session.started(200, "{\"id\":1,\"result\":[2,\"abc123\"]}");
        session.forget();

        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(session::authorization).isInstanceOf(TrytonException.class);
    }
}
