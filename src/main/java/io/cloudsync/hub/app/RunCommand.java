package io.cloudsync.hub.app;

import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.check.ExposureCheck;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the hub: the route files in routes/, the HTTP API on camel.server.port, "
                + "health and metrics on camel.management.port. This is the default command.",
                "Configuration: ./application.properties, overridden by environment variables (HUB_STORE_API_KEY,"
                        + " or HUB_STORE_API_KEY_FILE naming a file), overridden by -Dkey=value.",
                "Refuses to start with the sandbox's credentials or the demo client when the store or MarketSync"
                        + " is not on loopback."})
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        HubProperties properties = HubProperties.load();
        refuseExposed(properties);
        try (HubRuntime runtime = new HubRuntime(properties)) {
            return runtime.run();
        }
    }

    /** Published sandbox or demo credentials next to a store or MarketSync that is not on loopback stop the start. */
    public static void refuseExposed(HubProperties properties) {
        List<String> problems = new ExposureCheck(new SecretHasher()).problems(properties.asMap());
        if (!problems.isEmpty()) {
            throw new ConfigException("refusing to start: " + String.join("; ", problems));
        }
    }
}
