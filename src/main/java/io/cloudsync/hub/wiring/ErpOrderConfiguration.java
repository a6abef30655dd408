package io.cloudsync.hub.wiring;

import io.cloudsync.hub.erp.orders.ErpOrderSettings;
import io.cloudsync.hub.erp.orders.ImportedPurchases;
import io.cloudsync.hub.erp.orders.SaleCalls;
import io.cloudsync.hub.erp.orders.SaleLedger;
import io.cloudsync.hub.erp.orders.SaleOrderSource;
import io.cloudsync.hub.erp.orders.SaleParties;
import io.cloudsync.hub.erp.orders.SaleSteps;
import io.cloudsync.hub.erp.orders.StoreBuyers;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The ERP order sinks' beans ({@code erp-tryton-orders.camel.yaml}): the orders of a change set as sales, the calls
 * to Tryton, the party addresses, the sale ledger and its bookkeeping steps.
 */
public final class ErpOrderConfiguration implements CamelConfiguration {

    private final SaleLedger ledger;
    private final SaleOrderSource orders;
    private final SaleCalls calls;
    private final SaleParties parties;
    private final SaleSteps steps;

    ErpOrderConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror, StoreConfiguration store,
                          DeadLetterConfiguration deadLetters, ErpConfiguration erp, ErpOrderSettings settings,
                          Clock clock) {
        this.ledger = new SaleLedger(platform.dataSource(), clock);
        StoreBuyers buyers = new StoreBuyers(store.storeClient());
        this.orders = new SaleOrderSource(mirror.mirrorRepository(), platform.hubJson(),
                new ImportedPurchases(platform.dataSource()), buyers::of, ledger, settings,
                erp.trytonMapping());
        this.calls = new SaleCalls(erp.trytonReferences());
        this.parties = new SaleParties(erp.trytonGateway(), erp.trytonReferences());
        this.steps = new SaleSteps(ledger, deadLetters.deadLetterRepository());
    }

    @BindToRegistry
    public SaleOrderSource erpSaleOrders() {
        return orders;
    }

    @BindToRegistry
    public SaleCalls erpSaleCalls() {
        return calls;
    }

    @BindToRegistry
    public SaleParties erpSaleParties() {
        return parties;
    }

    @BindToRegistry
    public SaleSteps erpSaleSteps() {
        return steps;
    }

    @BindToRegistry
    public SaleLedger erpSaleLedger() {
        return ledger;
    }
}
