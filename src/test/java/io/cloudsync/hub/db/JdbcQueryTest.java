package io.cloudsync.hub.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.outbox.ChangeOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@link Jdbc#query} and {@link Jdbc#count}: parameters bound in order, every row mapped in the query's order. */
class JdbcQueryTest {

    @EngineTest
    void aQueryMapsEveryRowInOrderAndACountAnswersItsNumber(TestDatabase db) throws SQLException {
        ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
        outbox.add("products", "products", List.of("1", "2"));
        outbox.add("stock", "stock", List.of("4"));
        outbox.add("products", "products", List.of("3"));

        try (Connection connection = db.dataSource().getConnection()) {
            assertThat(Jdbc.query(connection, "SELECT store_ids FROM change_outbox WHERE flow = ? ORDER BY id",
                    rows -> rows.getString(1), "products")).containsExactly("1,2", "3");
            assertThat(Jdbc.query(connection, "SELECT store_ids FROM change_outbox WHERE flow = ? AND entity = ?",
                    rows -> rows.getString(1), "products", "stock")).isEmpty();
            assertThat(Jdbc.count(connection, "SELECT COUNT(*) FROM change_outbox WHERE flow = ?", "stock"))
                    .isEqualTo(1);
            assertThat(Jdbc.count(connection, "SELECT COUNT(*) FROM change_outbox")).isEqualTo(3);
        }
    }
}
