package io.cloudsync.hub.check;

import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.SecretHasher;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published credentials meant for the sandbox must not reach a real store or MarketSync: the sandbox's store key,
 * its MarketSync token and private key, and the demo's API client ({@value #DEMO_CLIENT} /
 * {@value #DEMO_SECRET}) are refused when the store or MarketSync URL is not on loopback ({@code localhost},
 * {@code 127.0.0.0/8}, {@code ::1}). {@code run} refuses to start and {@code check} fails; each problem names the key
 * to change and never a secret's value (the published ones are public).
 */
public final class ExposureCheck {

    /** The sandbox's published credentials (DESIGN §2), spelt here so that the product needs no simulator class. */
    static final String SANDBOX_STORE_KEY = "0123456789ABCDEF0123456789ABCDEF";
    static final String SANDBOX_MARKETSYNC_TOKEN = "sandbox-token";
    static final String SANDBOX_MARKETSYNC_PRIVATE_KEY = "sandbox-private-key";

    public static final String DEMO_CLIENT = "demo";
    public static final String DEMO_SECRET = "demo-secret";

    private static final String STORE_URL = "hub.store.url";
    private static final String MARKETSYNC_URL = "hub.marketsync.url";

    private final SecretHasher hasher;

    public ExposureCheck(SecretHasher hasher) {
        this.hasher = hasher;
    }

    /** What is unsafe in the configuration, one line per key to change; empty when nothing is. */
    public List<String> problems(Map<String, String> configuration) {
        List<String> problems = new ArrayList<>();
        boolean storeLocal = onLoopback(configuration.get(STORE_URL));
        boolean marketSyncLocal = onLoopback(configuration.get(MARKETSYNC_URL));
        if (!storeLocal && SANDBOX_STORE_KEY.equals(trimmed(configuration, "hub.store.api-key"))) {
            problems.add(published("hub.store.api-key", "the sandbox's webservice key", STORE_URL));
        }
        if (!marketSyncLocal) {
            if (SANDBOX_MARKETSYNC_TOKEN.equals(trimmed(configuration, "hub.marketsync.token"))) {
                problems.add(published("hub.marketsync.token", "the sandbox's token", MARKETSYNC_URL));
            }
            if (SANDBOX_MARKETSYNC_PRIVATE_KEY.equals(
                    trimmed(configuration, "hub.marketsync.private-key"))) {
                problems.add(published("hub.marketsync.private-key", "the sandbox's private key", MARKETSYNC_URL));
            }
        }
        if (!storeLocal || !marketSyncLocal) {
            String url = storeLocal ? MARKETSYNC_URL : STORE_URL;
            for (String id : ApiClients.ids(configuration)) {
                String hashKey = ApiClients.PREFIX + id + "." + ApiClients.SECRET_HASH;
                if (hasher.matches(DEMO_SECRET, trimmed(configuration, hashKey))) {
                    problems.add(hashKey + " is the hash of the demo's published secret (" + DEMO_SECRET + ") while "
                            + url + " is not on this machine: give client " + id + " a secret of its own"
                            + " (hash-secret)");
                }
            }
        }
        return problems;
    }

    /** Whether the URL's host is this machine by its loopback name or address; no name is looked up. */
    static boolean onLoopback(String url) {
        String host;
        try {
            host = url == null ? null : URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost")) {
            return true;
        }
        // only IP literals, so that getByName parses and never resolves
        if (!host.matches("^\\d{1,3}(\\.\\d{1,3}){3}$") && !host.matches("^[0-9a-f:]*:[0-9a-f:.]*$")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String published(String key, String what, String urlKey) {
        return key + " is " + what + ", which is published, while " + urlKey + " is not on this machine"
                + " (localhost, 127.0.0.0/8 or ::1): set " + key + " to the real one";
    }

    private static String trimmed(Map<String, String> configuration, String key) {
        String value = configuration.get(key);
        return value == null ? null : value.trim();
    }
}
