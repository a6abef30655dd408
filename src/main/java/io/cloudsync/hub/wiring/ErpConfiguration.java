package io.cloudsync.hub.wiring;

import io.cloudsync.hub.erp.ErpSettings;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.erp.mapping.TrytonMappingLoader;
import io.cloudsync.hub.erp.tryton.TrytonGateway;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonRpc;
import io.cloudsync.hub.erp.tryton.TrytonSession;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The ERP connector's beans: the session with Tryton and the JSON-RPC codec of {@code erp-tryton-rpc.camel.yaml}, the
 * gateway Java code sends its calls through (the same route), Tryton's reference data, and the mapping file of
 * what is sent (read at start: a file with problems stops the hub, as {@code check} names them).
 */
public final class ErpConfiguration implements CamelConfiguration {

    private final ErpSettings settings;
    private final TrytonSession session;
    private final TrytonRpc rpc;
    private final TrytonGateway gateway;
    private final TrytonReferences references;
    private final TrytonMapping mapping;

    ErpConfiguration(PlatformConfiguration platform, ErpSettings settings) {
        this.settings = settings;
        this.session = new TrytonSession(settings.tryton(), platform.hubJson());
        this.rpc = new TrytonRpc(session, platform.hubJson());
        this.gateway = new TrytonGateway(platform.hubJson());
        this.references = new TrytonReferences(gateway, settings.tryton());
        this.mapping = mapping(settings);
    }

    /** The mapping file; without one, the hub's own fields only. */
    static TrytonMapping mapping(ErpSettings settings) {
        if (java.nio.file.Files.isRegularFile(settings.mappingFile())) {
            return TrytonMappingLoader.load(settings.mappingFile());
        }
        if (settings.tryton().configured()) {
            org.slf4j.LoggerFactory.getLogger(ErpConfiguration.class).warn("No Tryton mapping file at {}: Tryton gets"
                    + " the hub's own fields only", settings.mappingFile().toAbsolutePath());
        }
        return TrytonMapping.standard();
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

    public TrytonMapping trytonMapping() {
        return mapping;
    }

    @BindToRegistry
    public TrytonReferences trytonReferences() {
        return references;
    }
}
