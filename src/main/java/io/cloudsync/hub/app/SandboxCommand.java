package io.cloudsync.hub.app;

import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.Sandbox;
import java.io.PrintStream;
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
        HubProperties properties = HubProperties.load();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Sandbox sandbox = Sandbox.start(properties)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sandbox-stop"));
            describe(sandbox, System.out);
            stopped.await();
        }
        return 0;
    }

    static void describe(Sandbox sandbox, PrintStream out) {
        out.println("sandbox PrestaShop store  " + sandbox.store().url() + "/api/   (webservice key "
                + io.cloudsync.hub.sandbox.store.StoreSandboxSettings.SANDBOX_KEY + ")");
        out.println("                          control API: " + sandbox.store().url() + "/_sandbox/");
        out.println("sandbox MarketSync        " + sandbox.marketSync().url() + "/api/   (token "
                + io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings.SANDBOX_TOKEN + ")");
        out.println("                          inspection API: " + sandbox.marketSync().url() + "/_sandbox/state/products");
    }
}
