package io.cloudsync.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** erp/tryton/start creates the database and starts trytond; run again it keeps both; erp/tryton/stop stops it. */
class TrytonStartScriptTest {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @TempDir
    Path dir;

    @Test
    void startsTrytonForTheHubAgainAndStops() throws IOException {
        String reason = TrytonScripts.unavailableReason();
        Assumptions.assumeTrue(reason == null, reason);
        List<String> arguments = List.of("--dir", dir.toString(), "--port", String.valueOf(TestPorts.free()),
                "--database", "scripted", "--user", "hub");
        String url = "http://127.0.0.1:" + arguments.get(3) + "/";
        try {
            String first = TrytonScripts.run(TrytonScripts.START, arguments);

            Path passwordFile = dir.resolve("api-user.password");
            assertThat(first).contains("hub.erp.tryton.url=" + url, "hub.erp.tryton.database=scripted",
                    "hub.erp.tryton.user=hub", "HUB_ERP_TRYTON_PASSWORD_FILE=" + passwordFile);
            assertThat(first).doesNotContain(Files.readString(dir.resolve("admin.password")).trim());
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(OWNER_ONLY);
            assertThat(Files.getPosixFilePermissions(dir.resolve("admin.password"))).isEqualTo(OWNER_ONLY);
            TrytonTestClient hub = new TrytonTestClient(url, "scripted", "hub", Files.readString(passwordFile).trim());
            assertThat(hub.context()).containsEntry("company.rec_name", "CloudSync Store");
            int party = hub.call("model.party.party.create", List.of(Map.of("name", "Kept")), Map.of()).get(0).asInt();

            String again = TrytonScripts.run(TrytonScripts.START, arguments);

            assertThat(again).contains("already running").doesNotContain("creating database");
            assertThat(hub.call("model.party.party.read", List.of(party), List.of("name"), Map.of()).get(0)
                    .get("name").asText()).isEqualTo("Kept");
        } finally {
            TrytonScripts.run(TrytonScripts.STOP, List.of("--dir", dir.toString()));
        }
        assertThat(dir.resolve("trytond.pid")).doesNotExist();
        assertThatThrownBy(() -> new TrytonTestClient(url, "scripted", "hub", "x").context())
                .isInstanceOf(IllegalStateException.class);
    }
}
