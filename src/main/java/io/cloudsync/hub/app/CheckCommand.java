package io.cloudsync.hub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.camel.CamelHttpTransport;
import io.cloudsync.hub.check.CheckResult;
import io.cloudsync.hub.check.ConfigCheck;
import io.cloudsync.hub.check.DatabaseCheck;
import io.cloudsync.hub.check.ErpMappingCheck;
import io.cloudsync.hub.check.MappingCheck;
import io.cloudsync.hub.check.MarketSyncConnectionCheck;
import io.cloudsync.hub.check.RouteFileCheck;
import io.cloudsync.hub.check.StoreConnectionCheck;
import io.cloudsync.hub.check.TrytonConnectionCheck;
import io.cloudsync.hub.erp.tryton.TrytonClient;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.logging.HubLogging;
import io.cloudsync.hub.logging.LogRedaction;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.wiring.HubSettings;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the configuration and every route file, then tests the connections to the state"
                + " database, the store, MarketSync and, when one is configured, the Tryton ERP.",
                "Exits 0 when everything passes; otherwise names each problem and exits 1."})
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--routes", description = "Folder of route files (default: ${DEFAULT-VALUE}).", defaultValue = "routes")
    Path routes;

    @Option(names = "--offline", description = "Only validate configuration and route files; test no connection.")
    boolean offline;

    private final PrintStream out;

    public CheckCommand() {
        this(System.out);
    }

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        HubProperties properties;
        try {
            properties = HubProperties.load();
        } catch (ConfigException e) {
            out.println("FAIL configuration");
            out.println("     " + LogRedaction.redactor().text(e.getMessage()));
            return 1;
        }
        try {
            HubLogging.configure(properties);
        } catch (ConfigException badFormat) {
            // the configuration check below names it
        }
        List<CheckResult> results = run(properties, routes, offline);
        // URLs with a key in their query or user info, and driver errors, are shown as the redactor leaves them
        SecretRedactor redactor = LogRedaction.redactor();
        for (CheckResult result : results) {
            out.println(redactor.text((result.ok() ? "ok   " : "FAIL ") + result.subject()));
            result.notes().forEach(note -> out.println(redactor.text("     " + note)));
            result.problems().forEach(problem -> out.println(redactor.text("     - " + problem)));
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        out.println(failed == 0 ? "check passed" : "check failed: " + failed + " of " + results.size() + " parts");
        return failed == 0 ? 0 : 1;
    }

    /** Runs every check; connection checks are skipped when the configuration itself is wrong. */
    public static List<CheckResult> run(HubProperties properties, Path routes, boolean offline) throws Exception {
        List<CheckResult> results = new ArrayList<>();
        CheckResult config = new ConfigCheck(HubProperties.knownKeys()).check(properties, properties.userKeys());
        results.add(config);
        results.add(new RouteFileCheck(properties.asMap()).check(routes));
        MappingCheck mapping = new MappingCheck(Path.of(properties.get("hub.marketsync.mapping-file")),
                properties.find("hub.marketsync.default-category-id").orElse(""));
        ErpMappingCheck erpMapping = new ErpMappingCheck(
                Path.of(properties.get("hub.erp.tryton.mapping-file").strip()));
        if (offline || !config.ok()) {
            results.add(mapping.check(null));
            results.add(erpMapping.check(null));
            return results;
        }
        HubSettings settings = HubSettings.from(properties);
        results.add(new DatabaseCheck(settings.database()).check());
        ObjectMapper json = new ObjectMapper();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.start();
            try (CamelHttpTransport transport = new CamelHttpTransport(camel, settings.http().connectTimeoutMillis(),
                    settings.http().readTimeoutMillis())) {
                StoreSettings store = settings.store();
                results.add(new StoreConnectionCheck(store, new StoreClient(store, transport, json)).check());
                MarketSyncSettings marketSync = settings.marketSync();
                MarketSyncClient client = new MarketSyncClient(marketSync, marketSync.signer(), transport, json);
                CheckResult reachable = new MarketSyncConnectionCheck(marketSync.url(), client).check();
                results.add(reachable);
                results.add(mapping.check(reachable.ok() ? client : null));
                TrytonSettings tryton = settings.erp().tryton();
                if (tryton.configured()) {
                    TrytonClient trytonClient = new TrytonClient(tryton, transport, json);
                    CheckResult trytonReachable = new TrytonConnectionCheck(tryton, trytonClient).check();
                    results.add(trytonReachable);
                    results.add(erpMapping.check(trytonReachable.ok() ? trytonClient : null));
                } else {
                    results.add(erpMapping.check(null));
                }
            }
        }
        return results;
    }
}
