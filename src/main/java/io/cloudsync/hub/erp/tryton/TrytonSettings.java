package io.cloudsync.hub.erp.tryton;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.net.URI;

/**
 * How to reach Tryton ({@code hub.erp.tryton.*}): the server's URL, the database, and the user the hub logs in as.
 * An empty URL means no ERP. The password never appears in {@link #toString()}.
 */
public record TrytonSettings(String url, String database, String user, String password, String warehouse,
                             String category, String supplier, int batchSize, int timeoutMillis) {

    public TrytonSettings {
        url = url == null ? "" : url.strip();
        if (!url.isEmpty() && !url.endsWith("/")) {
            url = url + "/";
        }
        if (!url.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("hub.erp.tryton.url is not a URL: " + e.getMessage());
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException("hub.erp.tryton.url must be an http:// or https:// URL such as"
                        + " http://127.0.0.1:8000/");
            }
            if (database.isBlank() || user.isBlank()) {
                throw new ConfigException("hub.erp.tryton.database and hub.erp.tryton.user must be set when"
                        + " hub.erp.tryton.url is");
            }
            if (warehouse.isBlank()) {
                throw new ConfigException("hub.erp.tryton.warehouse must name the warehouse's code (WH in a new"
                        + " Tryton)");
            }
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new ConfigException("hub.erp.tryton.batch-size must be between 1 and 1000");
        }
        if (timeoutMillis < 1) {
            throw new ConfigException("hub.erp.tryton.timeout must be a positive number of milliseconds");
        }
    }

    public static TrytonSettings from(HubProperties properties) {
        return new TrytonSettings(properties.find("hub.erp.tryton.url").orElse(""),
                properties.find("hub.erp.tryton.database").orElse(""),
                properties.find("hub.erp.tryton.user").orElse(""),
                properties.find("hub.erp.tryton.password").orElse(""),
                properties.find("hub.erp.tryton.warehouse").orElse(""),
                properties.find("hub.erp.tryton.category").orElse(""),
                properties.find("hub.erp.tryton.supplier").orElse(""),
                properties.getInt("hub.erp.tryton.batch-size"), properties.getInt("hub.erp.tryton.timeout"));
    }

    /** Whether an ERP is configured at all. */
    public boolean configured() {
        return !url.isEmpty();
    }

    /** Where the JSON-RPC calls go: the database's path on the server. */
    public String rpcUrl() {
        return url + database + "/";
    }

    @Override
    public String toString() {
        return "TrytonSettings[url=" + url + ", database=" + database + ", user=" + user + ", password=***, warehouse="
                + warehouse + ", category=" + category + ", supplier=" + supplier + ", batchSize=" + batchSize
                + ", timeoutMillis=" + timeoutMillis + "]";
    }
}
