package io.cloudsync.hub.db;

import io.cloudsync.hub.config.HubProperties;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the state database is. An H2 file URL is always made crash-safe ({@code WRITE_DELAY=0}: H2 otherwise
 * holds commits for 500 ms and loses them on a process crash) and shareable with the CLI
 * ({@code AUTO_SERVER=TRUE}, so {@code dlq} and {@code resync} work while the hub runs; {@link Database#open}
 * keeps that listener on loopback).
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("hub.db.url is empty");
        }
        url = normalise(url.trim());
    }

    public static DatabaseSettings from(HubProperties properties) {
        return new DatabaseSettings(properties.get("hub.db.url"), properties.find("hub.db.user").orElse(""),
                properties.find("hub.db.password").orElse(""), properties.getInt("hub.db.pool-size"));
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * The path of an H2 file database without its extension ({@code ./data/hub} for
     * {@code jdbc:h2:file:./data/hub}, which H2 stores as {@code ./data/hub.mv.db}); empty for other URLs.
     */
    public Optional<Path> h2File() {
        if (!isH2()) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length()).split(";")[0];
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return Optional.empty();
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name));
    }

    static String normalise(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String[] parts = url.split(";");
        StringBuilder out = new StringBuilder(parts[0]);
        boolean autoServer = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            String upper = part.toUpperCase(Locale.ROOT);
            if (part.isEmpty() || upper.startsWith("WRITE_DELAY=")) {
                continue;
            }
            autoServer |= upper.startsWith("AUTO_SERVER=");
            out.append(';').append(part);
        }
        boolean file = !parts[0].startsWith("jdbc:h2:mem:") && !parts[0].startsWith("jdbc:h2:tcp:")
                && !parts[0].startsWith("jdbc:h2:ssl:");
        if (file && !autoServer) {
            out.append(";AUTO_SERVER=TRUE");
        }
        return out.append(";WRITE_DELAY=0").toString();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***, poolSize=" + poolSize + "]";
    }
}
