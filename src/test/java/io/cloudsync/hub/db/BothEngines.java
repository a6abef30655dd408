package io.cloudsync.hub.db;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs an {@link EngineTest} on each engine; the database is closed (and its schema dropped) after the test. */
public final class BothEngines implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothEngines.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(TestDatabase.Engine.values()).map(BothEngines::invocation);
    }

    private static TestTemplateInvocationContext invocation(TestDatabase.Engine engine) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + engine.name().toLowerCase(Locale.ROOT) + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(skipWhenUnreachable(engine), resolver(engine));
            }
        };
    }

    private static BeforeEachCallback skipWhenUnreachable(TestDatabase.Engine engine) {
        return context -> {
            if (engine == TestDatabase.Engine.POSTGRESQL) {
                String reason = PostgresTestServer.unreachableReason();
                Assumptions.assumeTrue(reason == null, reason);
            }
        };
    }

    private static ParameterResolver resolver(TestDatabase.Engine engine) {
        return new ParameterResolver() {
            @Override
            public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                return parameter.getParameter().getType() == TestDatabase.class;
            }

            @Override
            public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                return context.getStore(NAMESPACE).getOrComputeIfAbsent("database",
                        key -> TestDatabase.create(engine), TestDatabase.class);
            }
        };
    }
}
