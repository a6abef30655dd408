package io.cloudsync.hub.logging;

import java.util.Objects;

/**
 * The one redaction every log line goes through ({@link RedactingLogEncoder}). It is a static holder because
 * Logback starts before the hub has read its configuration and long before Camel: until the bootstrap installs
 * the hub's redactor ({@link HubLogging#configure}), lines are redacted by pattern only (secret-named values,
 * credentials in URLs, bearer/basic credentials, JWTs, PEM keys); from then on the configured secret values too.
 * Several hubs in one JVM (tests) share it: the last one configured wins.
 */
public final class LogRedaction {

    private static volatile SecretRedactor redactor = SecretRedactor.none();

    private LogRedaction() {
    }

    public static SecretRedactor redactor() {
        return redactor;
    }

    public static void install(SecretRedactor configured) {
        redactor = Objects.requireNonNull(configured);
    }
}
