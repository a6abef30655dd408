package io.cloudsync.hub.app;

import java.util.concurrent.Callable;
import io.cloudsync.hub.cli.DlqCommand;
import io.cloudsync.hub.cli.HashSecretCommand;
import io.cloudsync.hub.cli.KeysCommand;
import io.cloudsync.hub.cli.ResyncCommand;
import io.cloudsync.hub.logging.LogRedaction;
import io.cloudsync.hub.logging.SecretRedactor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar cloudsync-hub.jar [command]}; with no command the hub runs. */
@Command(name = "cloudsync-hub",
        mixinStandardHelpOptions = true,
        versionProvider = HubVersion.class,
        description = "Keeps a PrestaShop store and its sales channels (MarketSync, ERPs) in sync.",
        subcommands = {RunCommand.class, DemoCommand.class, SandboxCommand.class, CheckCommand.class, DlqCommand.class,
                ResyncCommand.class, HashSecretCommand.class, KeysCommand.class,
                CommandLine.HelpCommand.class})
public final class HubMain implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new HubMain()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(HubMain::failed).execute(args);
    }

    /**
     * A command that fails says why in one line per cause (ports taken, a bad mapping file, an unreachable
     * database) instead of a stack trace; {@code -Dhub.debug=true} adds the trace.
     */
    private static int failed(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        java.io.PrintWriter err = command.getErr();
        SecretRedactor redactor = LogRedaction.redactor();
        err.println("error: " + redactor.text(String.valueOf(error.getMessage())));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            err.println("  caused by: " + redactor.text(String.valueOf(cause.getMessage())));
        }
        if (Boolean.getBoolean("hub.debug")) {
            java.io.StringWriter trace = new java.io.StringWriter();
            error.printStackTrace(new java.io.PrintWriter(trace));
            err.print(redactor.text(trace.toString()));
        }
        return 1;
    }

    @Override
    public Integer call() throws Exception {
        return new RunCommand().call();
    }
}
