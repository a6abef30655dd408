package io.cloudsync.hub.wiring;

import io.cloudsync.hub.erp.products.TrytonProductSink;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/** The ERP products sink's bean (routes/erp-tryton-products.camel.yaml): store products to Tryton templates. */
public final class ErpProductConfiguration implements CamelConfiguration {

    private final TrytonProductSink sink;

    ErpProductConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror,
                            DeadLetterConfiguration deadLetters, ErpConfiguration erp) {
        this.sink = new TrytonProductSink(mirror.mirrorRepository(), deadLetters.deadLetterRepository(),
                erp.trytonReferences(), erp.trytonGateway(), erp.settings().tryton().batchSize(), platform.hubJson(),
                erp.trytonMapping());
    }

    @BindToRegistry
    public TrytonProductSink erpTrytonProducts() {
        return sink;
    }
}
