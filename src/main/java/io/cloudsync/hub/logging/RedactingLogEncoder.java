package io.cloudsync.hub.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * The console encoder of {@code logback.xml}: writes each event with Logback's own encoder for the format
 * ({@code text}: a {@link PatternLayoutEncoder} with {@link #setPattern pattern}, stack traces included;
 * {@code json}: Logback's {@link JsonEncoder}, one object per line), then passes the finished line through
 * {@link LogRedaction}. Redacting the finished line rather than the event's parts catches everything a line can
 * carry: the message, its arguments, every exception message and stack trace, MDC values, from the hub, Camel's
 * fallback logging or any library. A JSON line is redacted field by field, so it stays valid JSON and a secret
 * is found even where JSON escaping changed it (a PEM key's line breaks).
 */
public final class RedactingLogEncoder extends EncoderBase<ILoggingEvent> {

    public static final String TEXT = "text";
    public static final String JSON = "json";

    private String format = TEXT;
    private String pattern = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";
    private volatile Encoder<ILoggingEvent> delegate;
    private volatile boolean json;

    /**
     * {@code text} or {@code json} (key {@code hub.log.format}). Set from {@code logback.xml}, an unknown value
     * starts the text format (a logger that fails to start would hide the error); the bootstrap refuses it.
     */
    public void setFormat(String format) {
        this.format = isFormat(format) ? format.trim() : TEXT;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String format() {
        return format;
    }

    public static boolean isFormat(String format) {
        return format != null && (format.trim().equals(TEXT) || format.trim().equals(JSON));
    }

    @Override
    public void start() {
        useFormat(format);
        super.start();
    }

    /** Switches the format of a running encoder: the bootstrap does it once the configuration is read. */
    public synchronized void useFormat(String wanted) {
        if (!isFormat(wanted)) {
            throw new IllegalArgumentException("hub.log.format must be text or json, got '" + wanted + "'");
        }
        format = wanted.trim();
        Encoder<ILoggingEvent> previous = delegate;
        delegate = format.equals(JSON) ? jsonEncoder() : textEncoder();
        json = format.equals(JSON);
        if (previous != null) {
            previous.stop();
        }
    }

    private Encoder<ILoggingEvent> textEncoder() {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(getContext());
        text.setPattern(pattern);
        text.setCharset(StandardCharsets.UTF_8);
        text.start();
        return text;
    }

    /** Time, level, thread, logger, the formatted message and the exception; no sequence numbers or context. */
    private Encoder<ILoggingEvent> jsonEncoder() {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(getContext());
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        String line = new String(delegate.encode(event), StandardCharsets.UTF_8);
        return redact(line, json).getBytes(StandardCharsets.UTF_8);
    }

    static String redact(String line, boolean json) {
        if (!json) {
            return LogRedaction.redactor().text(line);
        }
        String redacted = LogRedaction.redactor().body(line);
        return redacted.endsWith("\n") ? redacted : redacted + "\n";
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    @Override
    public void stop() {
        Encoder<ILoggingEvent> current = delegate;
        if (current != null) {
            current.stop();
        }
        super.stop();
    }
}
