package io.cloudsync.hub.wiring;

import io.cloudsync.hub.erp.ErpSettings;
import io.cloudsync.hub.erp.tryton.TrytonRpc;
import io.cloudsync.hub.erp.tryton.TrytonSession;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/** The ERP connector's beans: the session with Tryton and the JSON-RPC codec of {@code erp-tryton-rpc.camel.yaml}. */
public final class ErpConfiguration implements CamelConfiguration {

    private final ErpSettings settings;
    private final TrytonSession session;
    private final TrytonRpc rpc;

    ErpConfiguration(PlatformConfiguration platform, ErpSettings settings) {
        this.settings = settings;
        this.session = new TrytonSession(settings.tryton(), platform.hubJson());
        this.rpc = new TrytonRpc(session, platform.hubJson());
    }

    public ErpSettings settings() {
        return settings;
    }

    @BindToRegistry
    public TrytonSession trytonSession() {
        return session;
    }

    @BindToRegistry
    public TrytonRpc trytonRpc() {
        return rpc;
    }
}
