package io.cloudsync.hub.cli;

import io.cloudsync.hub.api.SecretHasher;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hash-secret}: the hash of an API client's secret, for {@code hub.api.client.<id>.secret-hash}. */
@Command(name = "hash-secret", mixinStandardHelpOptions = true,
        description = {"Prints the BCrypt hash of an API client's secret, to paste into application.properties as"
                + " hub.api.client.<id>.secret-hash. The secret is read from standard input (first line; typed"
                + " without echo on a terminal), or from --secret in scripts.",
                "Example: echo -n 'my-secret' | ./hub hash-secret"})
public final class HashSecretCommand implements Callable<Integer> {

    static final int MIN_LENGTH = 8;

    @Spec
    CommandSpec spec;

    @Option(names = "--secret", description = "The secret (it stays in the shell's history: prefer standard input).")
    String secret;

    private final InputStream in;

    public HashSecretCommand() {
        this(System.in);
    }

    HashSecretCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        String value = secret != null ? secret : read();
        if (value == null || value.isEmpty()) {
            spec.commandLine().getErr().println("no secret given: pipe it to standard input or use --secret");
            return 2;
        }
        if (value.length() < MIN_LENGTH) {
            spec.commandLine().getErr().println("the secret has " + value.length() + " characters; use at least "
                    + MIN_LENGTH);
            return 2;
        }
        spec.commandLine().getOut().println(new SecretHasher().hash(value));
        return 0;
    }

    private String read() throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] typed = console.readPassword("secret: ");
            return typed == null ? null : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.strip();
    }
}
