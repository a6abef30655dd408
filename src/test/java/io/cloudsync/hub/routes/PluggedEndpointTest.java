package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.testing.RouteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The "Adding a sink" example of docs/routes.md, taken from the page itself, works as written. */
class PluggedEndpointTest extends CamelTestSupport {

    private static final Pattern EXAMPLE = Pattern.compile("```yaml\\n(# routes/bi-products\\.camel\\.yaml\\n.*?)```",
            Pattern.DOTALL);

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("docs/routes.md")));
        assertThat(example.find()).as("the endpoint example of docs/routes.md").isTrue();
        Path file = Files.createTempDirectory("routes").resolve("bi-products.camel.yaml");
        Files.writeString(file, example.group(1));
        RouteFiles.load(context, Map.of("bi.url", "mock:bi"), "routes/error-handling.camel.yaml", file.toString());
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("mirrorRepository", mirror);
        registry.bind("deadLetterStore", new DeadLetterStore(new DeadLetterRepository(db.dataSource(),
                SecretRedactor.forConfiguration(Map.of()))));
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(1));
    }

    @Test
    void everyProductOfAChangeSetReachesTheNewEndpointFromTheMirror() throws Exception {
        mirror.upsertPage("products", List.of(MirrorUpsert.of("7", "SKU-7", "{\"id\":7}"),
                MirrorUpsert.of("8", "SKU-8", "{\"id\":8}")));
        MockEndpoint bi = getMockEndpoint("mock:bi");
        bi.expectedMessageCount(2);
        bi.expectedHeaderValuesReceivedInAnyOrder("HubMessageKey", "7", "8");

        template.sendBody("direct:bi-products", new ChangeSet(1, "products", List.of("7", "8")));

        bi.assertIsSatisfied();
        assertThat(bi.getExchanges()).extracting(e -> e.getMessage().getBody(String.class))
                .containsExactly("{\"id\":7}", "{\"id\":8}");
        assertThat(bi.getExchanges().get(0).getMessage().getHeader("HubSink")).isEqualTo("bi");
    }
}
