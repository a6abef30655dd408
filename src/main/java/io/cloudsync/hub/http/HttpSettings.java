package io.cloudsync.hub.http;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;

/** How long an outgoing call may take to connect and to answer ({@code hub.http.*}, milliseconds). */
public record HttpSettings(int connectTimeoutMillis, int readTimeoutMillis) {

    public HttpSettings {
        if (connectTimeoutMillis < 1 || readTimeoutMillis < 1) {
            throw new ConfigException("hub.http.connect-timeout and hub.http.read-timeout must be positive"
                    + " milliseconds, not " + connectTimeoutMillis + " and " + readTimeoutMillis);
        }
    }

    public static HttpSettings from(HubProperties properties) {
        return new HttpSettings(properties.getInt("hub.http.connect-timeout"), properties.getInt("hub.http.read-timeout"));
    }
}
