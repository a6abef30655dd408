package io.cloudsync.hub.http;

/** No HTTP answer arrived. The message names the redacted URL and the cause, never a secret. */
public class TransportException extends RuntimeException implements Retryable {

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.empty();
    }

    /** Describes a low-level network failure in words an operator can act on. */
    public static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = root.getClass().getSimpleName();
        String message = root.getMessage() == null ? "" : root.getMessage();
        if (type.contains("UnknownHost")) {
            return "unknown host " + message;
        }
        if (type.contains("ConnectException") || message.contains("Connection refused")) {
            return "connection refused";
        }
        if (type.contains("Timeout") || message.toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
            return "timed out";
        }
        if (type.contains("NoHttpResponse") || message.contains("failed to respond")
                || type.contains("ConnectionClosed") || message.contains("Connection reset")) {
            return "the server closed the connection without answering";
        }
        return type + (message.isEmpty() ? "" : ": " + message);
    }
}
