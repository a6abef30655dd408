package io.cloudsync.hub.check;

import io.cloudsync.hub.http.TransportException;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.marketsync.mapping.MappingCatalogueCheck;
import io.cloudsync.hub.marketsync.mapping.MappingFileException;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMappingLoader;
import io.cloudsync.hub.marketsync.sink.MarketSyncCatalogueSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The MarketSync mapping file ({@code hub.marketsync.mapping-file}): it must parse (every problem with its line),
 * and, when MarketSync is reachable, every category, attribute, colour, country and market it names must exist
 * in MarketSync's catalogues.
 */
public final class MappingCheck {

    private final Path file;
    private final String defaultCategorySetting;

    public MappingCheck(Path file, String defaultCategorySetting) {
        this.file = file;
        this.defaultCategorySetting = defaultCategorySetting;
    }

    /** @param client MarketSync, to check the names against its catalogues; null to check the file only */
    public CheckResult check(MarketSyncClient client) {
        String subject = "mapping " + file;
        MarketSyncMapping mapping;
        List<String> notes = new ArrayList<>();
        try {
            if (Files.isRegularFile(file)) {
                mapping = MarketSyncMappingLoader.load(file, defaultCategorySetting);
                notes.add(mapping.categories().size() + " categories, " + mapping.attributes().size() + " attributes, "
                        + mapping.colours().size() + " colours, " + mapping.markets().size() + " price rules");
            } else {
                mapping = MarketSyncMappingLoader.parse("", "(no mapping file)", defaultCategorySetting);
                notes.add("no mapping file: defaults, and every store category goes to"
                        + " hub.marketsync.default-category-id");
            }
        } catch (MappingFileException e) {
            return CheckResult.failed(subject, e.problems());
        }
        if (client == null) {
            return CheckResult.passed(subject, notes);
        }
        try {
            List<String> problems = MappingCatalogueCheck.problems(mapping,
                    new MarketSyncCatalogueSource(client, mapping, Duration.ZERO, Clock.systemUTC(),
                            new io.cloudsync.hub.http.CallRetry("check", 0, Duration.ZERO, Duration.ZERO)).get());
            if (!problems.isEmpty()) {
                return CheckResult.failed(subject, problems);
            }
            notes.add("every name it uses exists in MarketSync's catalogues");
            return CheckResult.passed(subject, notes);
        } catch (TransportException | MarketSyncException e) {
            notes.add("not compared with MarketSync's catalogues: " + e.getMessage());
            return CheckResult.passed(subject, notes);
        }
    }
}
