package io.cloudsync.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dlq} and {@code keys} without a subcommand print their usage, naming the subcommands, and succeed. */
class CommandGroupTest {

    private static String usage(Object command) {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out, true)).execute();
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void aGroupRunAloneListsItsSubcommands() {
        assertThat(usage(new DlqCommand())).contains("Usage: dlq", "list", "show", "replay", "discard");
        assertThat(usage(new KeysCommand())).contains("Usage: keys", "list", "rotate");
    }
}
