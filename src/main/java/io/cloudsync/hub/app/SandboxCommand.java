package io.cloudsync.hub.app;

import io.cloudsync.hub.config.HubProperties;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Starts the two simulators only: a PrestaShop store on hub.sandbox.store-port and MarketSync on"
                + " hub.sandbox.marketsync-port, with the catalogue of hub.sandbox.products and hub.sandbox.seed, both on"
                + " hub.sandbox.host (127.0.0.1 unless configured: their control APIs take no credentials).",
                "Runs until stopped (Ctrl-C)."})
public final class SandboxCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Optional<Simulators> simulators = Simulators.installed();
        if (simulators.isEmpty()) {
            System.err.println(Simulators.missing("sandbox"));
            return 1;
        }
        HubProperties properties = HubProperties.load();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Simulators.Running sandbox = simulators.get().start(properties)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sandbox-stop"));
            describe(sandbox, System.out);
            stopped.await();
        }
        return 0;
    }

    static void describe(Simulators.Running sandbox, PrintStream out) {
        out.println("sandbox PrestaShop store  " + sandbox.storeUrl() + "/api/   (webservice key "
                + sandbox.storeApiKey() + ")");
        out.println("                          control API: " + sandbox.storeUrl() + "/_sandbox/");
        out.println("sandbox MarketSync        " + sandbox.marketSyncUrl() + "/api/   (token "
                + sandbox.marketSyncToken() + ")");
        out.println("                          inspection API: " + sandbox.marketSyncUrl() + "/_sandbox/state/products");
    }
}
