package io.cloudsync.hub.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.tryton.TrytonClient;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.testing.JdkHttpTransport;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import org.junit.jupiter.api.Test;

/** `check` against a real trytond: it passes on a database erp/tryton/start made, and names what is wrong. */
class TrytonConnectionCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TrytonDatabase database = TrytonServer.shared().newDatabase();

    private CheckResult check(String database, String password, String warehouse) {
        TrytonSettings settings = new TrytonSettings(this.database.url(), database, this.database.user(), password,
                warehouse, "Store", "", 100, 60000);
        return new TrytonConnectionCheck(settings, new TrytonClient(settings, new JdkHttpTransport(), JSON)).check();
    }

    @Test
    void aDatabaseTheStartScriptMadePasses() {
        CheckResult result = check(database.name(), database.password(), "WH");

        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Tryton 6.0"))
                .contains("logged in").anyMatch(note -> note.startsWith("modules activated"));
    }

    @Test
    void aWrongPasswordIsNamedWithoutThePassword() {
        CheckResult result = check(database.name(), "wrong-password-31", "WH");

        assertThat(result.ok()).isFalse();
        assertThat(String.join(" ", result.problems())).contains("refused the login of user " + database.user())
                .doesNotContain("wrong-password-31");
    }

    @Test
    void anUnknownWarehouseIsNamedWithItsKey() {
        CheckResult result = check(database.name(), database.password(), "NOPE");

        assertThat(result.problems()).singleElement().asString().contains("NOPE").contains("hub.erp.tryton.warehouse");
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        CheckResult result = check("no_such_database", database.password(), "WH");

        assertThat(result.ok()).isFalse();
        assertThat(String.join(" ", result.problems())).contains("no_such_database");
    }
}
