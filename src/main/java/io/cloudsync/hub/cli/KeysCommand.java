package io.cloudsync.hub.cli;

import io.cloudsync.hub.api.ApiSettings;
import io.cloudsync.hub.api.KeyRing;
import io.cloudsync.hub.api.SigningKeyCipher;
import io.cloudsync.hub.api.SigningKeyRepository;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code keys list|rotate}: the keys that sign the API's access tokens, kept in the state database. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Shows or rotates the key pair that signs the API's access tokens (kept in the state database"
                + " of hub.db.url; works while the hub runs, which picks a rotation up within 10 seconds)."},
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.Rotate.class})
public final class KeysCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The signing key and the key ids /oauth/jwks.json publishes.")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (StateAccess state = StateAccess.open()) {
                print(spec.commandLine().getOut(), ring(state).status());
            }
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Makes a new key pair the signer of new tokens. The old key stays published in"
                    + " /oauth/jwks.json and keeps verifying the tokens it signed until they expire"
                    + " (hub.api.token-ttl plus hub.api.clock-skew); keys retired longer ago are deleted."})
    static final class Rotate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (StateAccess state = StateAccess.open()) {
                KeyRing keys = ring(state);
                String before = keys.status().activeKid();
                keys.rotate();
                PrintWriter out = spec.commandLine().getOut();
                out.println("rotated: " + before + " retired, new tokens are signed with " + keys.status().activeKid());
                print(out, keys.status());
            }
            return 0;
        }
    }

    static KeyRing ring(StateAccess state) {
        ApiSettings api = ApiSettings.from(state.properties());
        return new KeyRing(new SigningKeyRepository(state.dataSource()),
                new SigningKeyCipher(api.keyEncryptionKey().open()), api.tokens().retiredKeyLife(), Clock.systemUTC());
    }

    private static void print(PrintWriter out, KeyRing.Status status) {
        out.println("signing key  " + status.activeKid() + " (since " + status.activeSince() + ")");
        out.println("published    " + String.join(", ", status.publishedKids()));
    }
}
