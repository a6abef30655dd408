package io.cloudsync.hub.api;

import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;
import java.time.Duration;

/** A signing key ring on its own fresh H2 database, with a random key-encryption key, for token tests. */
public final class TestKeyRing implements AutoCloseable {

    private final TestDatabase database = TestDatabase.create(TestDatabase.Engine.H2);
    private final KeyRing keys;

    public TestKeyRing(Duration retiredKeyLife) {
        keys = new KeyRing(new SigningKeyRepository(database.dataSource()),
                new SigningKeyCipher(KeyEncryptionKey.random()), retiredKeyLife, Clock.systemUTC());
    }

    public KeyRing keys() {
        return keys;
    }

    @Override
    public void close() {
        database.close();
    }
}
