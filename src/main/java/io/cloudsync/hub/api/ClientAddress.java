package io.cloudsync.hub.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key by which the limits per remote address count a caller: its IPv4 address, or the /64 network of its IPv6
 * address (one host usually holds a whole /64, so counting single IPv6 addresses would let it rotate freely).
 */
public final class ClientAddress {

    /** What a request with no known address counts under. */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** @param hostAddress the numeric address the connection came from (no name lookup is made) */
    public static String key(String hostAddress) {
        if (hostAddress == null || hostAddress.isBlank()) {
            return UNKNOWN;
        }
        String address = hostAddress.trim();
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(stripBrackets(address)).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static String stripBrackets(String address) {
        String plain = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        int zone = plain.indexOf('%');
        return zone < 0 ? plain : plain.substring(0, zone);
    }
}
