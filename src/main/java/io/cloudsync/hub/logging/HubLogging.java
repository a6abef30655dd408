package io.cloudsync.hub.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Applies the loaded configuration to the logging that started before it: installs the redactor that knows the
 * configured secret values ({@link LogRedaction}) and switches the console to {@value #FORMAT_KEY}. Logback reads
 * {@code -Dhub.log.format} itself; a value from {@code application.properties} or the environment arrives here.
 * Called by every command that loads the configuration, before anything else is built.
 */
public final class HubLogging {

    public static final String FORMAT_KEY = "hub.log.format";

    private HubLogging() {
    }

    /** @throws ConfigException when the format is neither text nor json (the redactor is installed first) */
    public static void configure(HubProperties properties) {
        LogRedaction.install(SecretRedactor.forConfiguration(properties.asMap()));
        String format = properties.find(FORMAT_KEY).orElse(RedactingLogEncoder.TEXT);
        if (!RedactingLogEncoder.isFormat(format)) {
            throw new ConfigException(FORMAT_KEY + " must be text or json, got '" + format + "'");
        }
        useFormat(format.trim());
    }

    /** Every {@link RedactingLogEncoder} of the running Logback configuration writes this format from now on. */
    static void useFormat(String format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> appenders = logger.iteratorForAppenders(); appenders.hasNext(); ) {
                if (appenders.next() instanceof OutputStreamAppender<ILoggingEvent> output
                        && output.getEncoder() instanceof RedactingLogEncoder encoder
                        && !encoder.format().equals(format)) {
                    encoder.useFormat(format);
                }
            }
        }
    }
}
