package io.cloudsync.hub.app;

import java.util.concurrent.Callable;
import io.cloudsync.hub.cli.DlqCommand;
import io.cloudsync.hub.cli.ResyncCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar cloudsync-hub.jar [command]}; with no command the hub runs. */
@Command(name = "cloudsync-hub",
        mixinStandardHelpOptions = true,
        versionProvider = HubVersion.class,
        description = "Keeps a PrestaShop store and its sales channels (MarketSync, ERPs) in sync.",
        subcommands = {RunCommand.class, CheckCommand.class, DlqCommand.class, ResyncCommand.class,
                CommandLine.HelpCommand.class})
public final class HubMain implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new HubMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        return new RunCommand().call();
    }
}
