package io.cloudsync.hub.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The keys every hub a test starts in its own JVM needs: a state database of its own and two free ports. */
public final class TestHubKeys {

    private TestHubKeys() {
    }

    /** {@code hub.db.url} (an H2 file under {@code dir}) and the HTTP and management ports, in a map to add to. */
    public static Map<String, String> localHub(Path dir) throws IOException {
        Map<String, String> keys = new HashMap<>();
        keys.put("hub.db.url", "jdbc:h2:file:" + dir.resolve("hub"));
        keys.put("camel.server.port", Integer.toString(TestPorts.free()));
        keys.put("camel.management.port", Integer.toString(TestPorts.free()));
        return keys;
    }
}
