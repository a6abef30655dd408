package io.cloudsync.hub.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class MigrationTest {

    private static final List<String> TABLES = List.of("sync_checkpoint", "mirror_sequence", "mirror_record",
            "stock_snapshot", "sink_ledger", "camel_messageprocessed", "dead_letter");

    @EngineTest
    void createsEveryTableAndASecondRunIsANoOp(TestDatabase db) throws SQLException {
        assertThat(tableNames(db)).containsAll(TABLES);

        MigrateResult again = Database.migrate(db.dataSource());

        assertThat(again.migrationsExecuted).isZero();
        assertThat(again.success).isTrue();
    }

    @EngineTest
    void camelMessageProcessedHasItsPrimaryKey(TestDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String table = db.engine() == TestDatabase.Engine.H2 ? "CAMEL_MESSAGEPROCESSED" : "camel_messageprocessed";
            List<String> keyColumns = new ArrayList<>();
            try (ResultSet keys = meta.getPrimaryKeys(null, connection.getSchema(), table)) {
                while (keys.next()) {
                    keyColumns.add(keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(keyColumns).containsExactlyInAnyOrder("processorname", "messageid");
        }
    }

    @Test
    void migrationVersionsDoNotCollideAcrossLocations() throws IOException, URISyntaxException {
        for (String vendor : List.of("h2", "postgresql")) {
            Set<String> versions = new HashSet<>();
            for (String script : scripts("common", vendor)) {
                Matcher version = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.+\\.sql$").matcher(script);
                assertThat(version.matches()).as("migration name %s", script).isTrue();
                assertThat(versions.add(version.group(1))).as("version of %s is unique for %s", script, vendor)
                        .isTrue();
            }
        }
    }

    private static List<String> scripts(String... locations) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (String location : locations) {
            URL folder = MigrationTest.class.getClassLoader().getResource("db/migration/" + location);
            assertThat(folder).as("db/migration/%s on the classpath", location).isNotNull();
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.map(file -> file.getFileName().toString()).forEach(names::add);
            }
        }
        return names;
    }

    private static Set<String> tableNames(TestDatabase db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = db.dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
