package io.cloudsync.hub.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses this machine listens on for a TCP port, read from Linux's {@code /proc/net/tcp} and {@code tcp6}
 * (the sockets of every process; tests take their ports from {@link TestPorts}, so a port is theirs).
 */
public final class Listeners {

    private static final String LISTEN = "0A";

    private Listeners() {
    }

    /** Every local address listening on {@code port}, such as {@code 127.0.0.1} or {@code 0.0.0.0}. */
    public static List<InetAddress> on(int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 4 || !columns[3].equals(LISTEN) || !columns[1].contains(":")) {
                    continue;
                }
                String[] local = columns[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** The kernel prints each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress address(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int from = (word * 4 + 3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2).toLowerCase(Locale.ROOT), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    /** For messages: the addresses as text. */
    public static String describe(List<InetAddress> addresses) {
        return addresses.stream().map(InetAddress::getHostAddress).toList().toString();
    }

    /** This machine's addresses other than loopback and link-local, on interfaces that are up. */
    public static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }

    /** Whether a TCP connection to the address and port is accepted within 2 s. */
    public static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
