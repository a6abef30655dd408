package io.cloudsync.hub.wiring;

import io.cloudsync.hub.erp.ErpSettings;
import io.cloudsync.hub.erp.tryton.TrytonGateway;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonRpc;
import io.cloudsync.hub.erp.tryton.TrytonSession;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The ERP connector's beans: the session with Tryton and the JSON-RPC codec of {@code erp-tryton-rpc.camel.yaml}, the
 * gateway Java code sends its calls through (the same route), and Tryton's reference data.
 */
public final class ErpConfiguration implements CamelConfiguration {

    private final ErpSettings settings;
    private final TrytonSession session;
    private final TrytonRpc rpc;
    private final TrytonGateway gateway;
    private final TrytonReferences references;

    ErpConfiguration(PlatformConfiguration platform, ErpSettings settings) {
        this.settings = settings;
        this.session = new TrytonSession(settings.tryton(), platform.hubJson());
        this.rpc = new TrytonRpc(session, platform.hubJson());
        this.gateway = new TrytonGateway(platform.hubJson());
        this.references = new TrytonReferences(gateway, settings.tryton());
    }

    void attach(CamelContext context) {
        gateway.attach(context);
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

    @BindToRegistry
    public TrytonGateway trytonGateway() {
        return gateway;
    }

    @BindToRegistry
    public TrytonReferences trytonReferences() {
        return references;
    }
}
