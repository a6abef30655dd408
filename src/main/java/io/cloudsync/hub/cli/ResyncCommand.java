package io.cloudsync.hub.cli;

import io.cloudsync.hub.ingest.Resync;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code resync [products|stock|orders|customers|all]}: forces a full pass at the running hub's next poll. */
@Command(name = "resync", mixinStandardHelpOptions = true,
        description = {"Forces a full pass: products are read again from the beginning and every mirrored product"
                + " is handed to the sinks to compare with what their targets hold; stock forgets its snapshot, so"
                + " every stock line is sent where it differs; orders and customers are read again from the"
                + " beginning into the mirror.",
                "The running hub does it at its next poll (hub.poll.products, hub.poll.stock, hub.poll.orders, hub.poll.customers)."})
public final class ResyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENTITY", defaultValue = "all", arity = "0..1",
            description = "products, stock, orders, customers or all (default: ${DEFAULT-VALUE}).")
    String entity;

    @Override
    public Integer call() {
        Resync.Target target;
        try {
            target = Resync.Target.valueOf(entity.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr()
                    .println("unknown entity '" + entity + "': use products, stock, orders, customers or all");
            return 2;
        }
        try (StateAccess state = StateAccess.open()) {
            Resync.Result result = new Resync(state.dataSource(), state.redactor()).request(target);
            spec.commandLine().getOut().println(result.describe());
        }
        return 0;
    }
}
