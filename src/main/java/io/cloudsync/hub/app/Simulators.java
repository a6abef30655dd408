package io.cloudsync.hub.app;

import io.cloudsync.hub.config.HubProperties;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The simulated PrestaShop store and MarketSync, as {@code demo} and {@code sandbox} see them. They live in
 * {@code cloudsync-sandbox.jar} (the {@code sandbox/} folder), which registers its implementation with
 * {@link ServiceLoader}; the product jar holds none of their classes and finds that jar through its
 * {@code Class-Path}.
 */
public interface Simulators {

    /** The file that holds the simulators, next to {@code cloudsync-hub.jar}. */
    String JAR = "cloudsync-sandbox.jar";

    /** Starts both simulators with the {@code hub.sandbox.*} settings of these properties. */
    Running start(HubProperties properties);

    /** The simulators on the class path, if their jar is there. */
    static Optional<Simulators> installed() {
        return ServiceLoader.load(Simulators.class).findFirst();
    }

    /** The one line {@code command} prints when the simulators' jar is missing. */
    static String missing(String command) {
        return "error: " + command + " needs the simulators, but " + JAR + " is not next to cloudsync-hub.jar"
                + " (./mvnw package builds both into target/)";
    }

    /** Both simulators, running: where they listen and the credentials they accept. */
    interface Running extends AutoCloseable {

        String storeUrl();

        String storeApiKey();

        String marketSyncUrl();

        String marketSyncToken();

        String marketSyncPrivateKey();

        @Override
        void close();
    }
}
