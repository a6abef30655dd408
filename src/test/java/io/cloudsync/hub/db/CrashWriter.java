package io.cloudsync.hub.db;

import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import java.util.List;

/**
 * Child process of {@link CrashSafetyTest}: opens the given H2 file database the way the hub does and writes one
 * stock line per transaction, printing {@code ack N} only after line N was committed, until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        try (HikariDataSource dataSource = Database.openMigrated(new DatabaseSettings(args[0], "sa", "", 2))) {
            StockSnapshotRepository stock = new StockSnapshotRepository(dataSource);
            for (long id = 1; id < Long.MAX_VALUE; id++) {
                stock.applyPage(List.of(new StockLevel(id, 0, 1)));
                System.out.println("ack " + id);
                System.out.flush();
            }
        }
    }
}
