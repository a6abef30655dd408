package io.cloudsync.hub.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every line the console encoder writes, text or JSON, message or stack trace, has the secrets masked. */
class RedactingLogEncoderTest {

    private static final String KEY = "ZK7Q2M9X4B8N1C6V3L5J0H2G7F4D9S1A";
    private static final String PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END PRIVATE KEY-----";

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();
    private RedactingLogEncoder encoder;
    private Logger logger;

    @BeforeEach
    void startLogging() {
        LogRedaction.install(new SecretRedactor(List.of(KEY, PEM)));
        context.setMDCAdapter(new LogbackMDCAdapter());
        encoder = new RedactingLogEncoder();
        encoder.setContext(context);
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        encoder.start();
        appender.start();
        logger = context.getLogger("org.apache.camel.processor.errorhandler.DeadLetterChannel");
        logger.addAppender(appender);
    }

    @AfterEach
    void reset() {
        LogRedaction.install(SecretRedactor.none());
        context.stop();
    }

    @Test
    void textLinesAndStackTracesAreRedacted() {
        logger.warn("GET http://shop/api/products?ws_key={} failed", KEY,
                new IllegalStateException("wrapped", new RuntimeException("key " + PEM + " password=pw-123")));

        String text = written.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("ws_key=***", "java.lang.IllegalStateException: wrapped", "\tat ")
                .doesNotContain(KEY, "MIIEvQIBADANBgkqhkiG9w0B", "pw-123");
    }

    @Test
    void jsonLinesAreOneValidObjectEachWithTheSecretsMasked() throws Exception {
        encoder.useFormat("json");

        logger.error("Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2ln for key {}", KEY,
                new IllegalStateException("private key " + PEM));
        logger.info("plain line");

        List<String> lines = written.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("loggerName").asText()).endsWith("DeadLetterChannel");
        assertThat(line.has("timestamp")).isTrue();
        assertThat(line.has("threadName")).isTrue();
        assertThat(line.path("formattedMessage").asText()).isEqualTo("Authorization: *** *** for key ***");
        assertThat(line.path("throwable").path("message").asText()).isEqualTo("private key ***");
        assertThat(lines.get(0)).doesNotContain(KEY, "MIIEvQIBADANBgkqhkiG9w0B", "c2ln");
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("formattedMessage").asText()).isEqualTo("plain line");
    }

    @Test
    void logbackXmlTakesTheFormatFromHubLogFormat() throws Exception {
        for (String format : List.of("json", "text")) {
            LoggerContext configured = new LoggerContext();
            configured.setMDCAdapter(new LogbackMDCAdapter());
            configured.putProperty("hub.log.format", format);
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(configured);
            joran.doConfigure(getClass().getResource("/logback.xml"));

            ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>)
                    configured.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
            assertThat(console.getEncoder()).isInstanceOfSatisfying(RedactingLogEncoder.class,
                    encoder -> assertThat(encoder.format()).isEqualTo(format));
            configured.stop();
        }
    }

    @Test
    void anUnknownFormatIsRefusedByTheBootstrapAndStartsAsTextFromLogbackXml() {
        encoder.setFormat("xml");
        assertThat(encoder.format()).isEqualTo("text");
        assertThatThrownBy(() -> HubLogging.configure(HubProperties.of(Map.of("hub.log.format", "xml"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.log.format");
    }
}
