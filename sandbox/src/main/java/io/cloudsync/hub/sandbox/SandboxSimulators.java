package io.cloudsync.hub.sandbox;

import io.cloudsync.hub.app.Simulators;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;

/** The {@link Simulators} of {@code demo} and {@code sandbox}: a {@link Sandbox}, registered with ServiceLoader. */
public final class SandboxSimulators implements Simulators {

    @Override
    public Running start(HubProperties properties) {
        return new Started(Sandbox.start(properties));
    }

    private record Started(Sandbox sandbox) implements Running {

        @Override
        public String storeUrl() {
            return sandbox.store().url();
        }

        @Override
        public String storeApiKey() {
            return StoreSandboxSettings.SANDBOX_KEY;
        }

        @Override
        public String marketSyncUrl() {
            return sandbox.marketSync().url();
        }

        @Override
        public String marketSyncToken() {
            return MarketSyncSandboxSettings.SANDBOX_TOKEN;
        }

        @Override
        public String marketSyncPrivateKey() {
            return MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY;
        }

        @Override
        public void close() {
            sandbox.close();
        }

        @Override
        public String toString() {
            return "Simulators[store=" + storeUrl() + ", marketSync=" + marketSyncUrl() + "]";
        }
    }
}
