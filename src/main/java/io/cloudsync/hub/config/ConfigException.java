package io.cloudsync.hub.config;

/** A configuration problem a person can fix; the message says what and where. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
