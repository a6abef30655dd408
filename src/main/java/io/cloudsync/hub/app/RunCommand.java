package io.cloudsync.hub.app;

import io.cloudsync.hub.config.HubProperties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the hub: the route files in routes/, the HTTP API on camel.server.port, "
                + "health and metrics on camel.management.port. This is the default command.",
                "Configuration: ./application.properties, overridden by -Dkey=value."})
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        try (HubRuntime runtime = new HubRuntime(HubProperties.load())) {
            return runtime.run();
        }
    }
}
