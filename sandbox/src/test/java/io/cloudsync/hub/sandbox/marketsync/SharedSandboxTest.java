package io.cloudsync.hub.sandbox.marketsync;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One quiet MarketSync sandbox shared by the tests of a class, emptied before each test: starting a server per
 * test would cost more than the tests themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedSandboxTest {

    protected Sandbox sandbox;

    @BeforeAll
    void startSandbox() {
        sandbox = Sandbox.quiet();
    }

    @AfterAll
    void stopSandbox() throws Exception {
        sandbox.close();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.reset();
    }
}
