package io.cloudsync.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.testing.TestPorts;
import io.cloudsync.hub.testing.TrytonServer;
import io.cloudsync.hub.testing.TrytonTestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --erp}'s Tryton, started by erp/tryton/start in its own folder (here on a copy of the test fixture's
 * prepared database, so that no database is created): the hub's user signs in, nothing prints a password, and it
 * stops again.
 */
class DemoTrytonTest {

    /** Where {@link TrytonServer} keeps the database erp/tryton/start prepared, and its passwords. */
    private static final Path TEMPLATE = Path.of("target/tryton-template");

    @TempDir
    Path dir;

    @Test
    void theDemosTrytonStartsWithTheScriptsAndStopsAgain() throws IOException {
        TrytonServer.shared();
        Files.createDirectories(dir.resolve("db"));
        copy(TEMPLATE.resolve("db/template.sqlite"), dir.resolve("db/" + DemoTryton.DATABASE + ".sqlite"));
        copy(TEMPLATE.resolve("admin.password"), dir.resolve("admin.password"));
        copy(TEMPLATE.resolve("api-user.password"), dir.resolve("api-user.password"));
        int port = TestPorts.free();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        DemoTryton tryton = DemoCommand.startTryton(HubProperties.of(Map.of("hub.demo.tryton-port",
                String.valueOf(port))), dir, out);
        String url = "http://127.0.0.1:" + port + "/";
        String password;
        try {
            assertThat(tryton).as(printed.toString(StandardCharsets.UTF_8)).isNotNull();
            password = tryton.apiPassword();
            TrytonEndpoint endpoint = tryton.endpoint();
            assertThat(endpoint.url()).isEqualTo(url);
            assertThat(new TrytonTestClient(url, DemoTryton.DATABASE, DemoTryton.USER, password).context())
                    .containsEntry("company.rec_name", "CloudSync Store");
            Map<String, String> keys = DemoErp.properties(HubProperties.of(Map.of()), endpoint, password,
                    DemoCommand.ROUTES);
            assertThat(keys).containsEntry("hub.erp.tryton.url", url).containsEntry("hub.erp.tryton.password", password);
            assertThat(Files.readString(dir.resolve("trytond.conf")).contains("root = " + DemoErp.SAO))
                    .isEqualTo(Files.isDirectory(DemoErp.SAO));

            DemoErp.describe(endpoint, Files.isDirectory(DemoErp.SAO), out);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("localhost:" + port,
                    dir.resolve("admin.password").toString())
                    .doesNotContain(password, Files.readString(dir.resolve("admin.password")).trim());
        } finally {
            if (tryton != null) {
                tryton.close();
            }
        }
        assertThat(dir.resolve("trytond.pid")).doesNotExist();
        assertThatThrownBy(() -> new TrytonTestClient(url, DemoTryton.DATABASE, DemoTryton.USER, password).context())
                .isInstanceOf(IllegalStateException.class);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
