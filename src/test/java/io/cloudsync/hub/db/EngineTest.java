package io.cloudsync.hub.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once on H2 and once on PostgreSQL, each time with a freshly migrated {@link TestDatabase}
 * as parameter. The PostgreSQL run is skipped, saying why, when the server is not reachable.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothEngines.class)
public @interface EngineTest {
}
