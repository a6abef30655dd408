package io.cloudsync.hub.sandbox;

/**
 * The address a simulator listens on ({@code hub.sandbox.host}): loopback unless the sandbox must be reached from
 * elsewhere, since its control and inspection APIs take no credentials and its keys are published.
 *
 * @param address an IP address or host name; {@code 0.0.0.0} or {@code ::} listen on every interface
 */
public record BindHost(String address) {

    public static final String KEY = "hub.sandbox.host";
    public static final BindHost LOOPBACK = new BindHost("127.0.0.1");

    public BindHost {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException(KEY + " must be an address such as 127.0.0.1");
        }
        address = address.trim();
    }

    /** The host of the simulator's own URL: loopback when it listens on every interface. */
    public String urlHost() {
        if (address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")) {
            return LOOPBACK.address;
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }
}
