package io.cloudsync.hub.camel;

import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Bean {@code deadLetterStore}: the end of the shared dead-letter channel ({@code routes/error-handling.camel.yaml}).
 * It records the failed exchange's original message, route, sink, endpoints, exception and number of delivery
 * attempts (counted by {@link RedeliveryTracker}) in the dead-letter store, which removes secrets before writing.
 */
public final class DeadLetterStore {

    /** The sink a message was on its way to; a route sets it so that its dead letters can be told apart. */
    public static final String SINK_HEADER = "HubSink";
    /** What identifies the message within its sink (a SKU, an order id): the same key failing again is one row. */
    public static final String MESSAGE_KEY_HEADER = "HubMessageKey";
    /** Set on the exchange once recorded: the id {@code dlq show} takes. */
    public static final String DEAD_LETTER_ID_HEADER = "HubDeadLetterId";

    private static final int MAX_CAUSES = 5;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = io.cloudsync.hub.model.CanonicalJson.mapper();

    private final DeadLetterRepository repository;

    public DeadLetterStore(DeadLetterRepository repository) {
        this.repository = repository;
    }

    public void record(Exchange exchange) {
        Message message = exchange.getMessage();
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, exchange.getFromRouteId(), String.class);
        String endpoint = exchange.getFromEndpoint() == null ? null : exchange.getFromEndpoint().getEndpointUri();
        long id = repository.record(new DeadLetterFailure(routeId,
                headerOrProperty(exchange, SINK_HEADER),
                headerOrProperty(exchange, MESSAGE_KEY_HEADER),
                endpoint,
                exchange.getProperty(Exchange.FAILURE_ENDPOINT, String.class),
                bodyText(message.getBody()),
                simpleHeaders(message.getHeaders()),
                error == null ? null : error.getClass().getName(),
                describe(error),
                RedeliveryTracker.attempts(exchange)));
        message.setHeader(DEAD_LETTER_ID_HEADER, id);
    }

    /**
     * A route's own header, or the exchange property of that name: {@code useOriginalMessage} puts back the
     * headers the message arrived with, so a route that names its sink after it started uses a property.
     */
    private static String headerOrProperty(Exchange exchange, String name) {
        String header = exchange.getMessage().getHeader(name, String.class);
        return header != null ? header : exchange.getProperty(name, String.class);
    }

    /** Text as it came; other bodies (a change set, a request) as JSON, which a replay can send back. */
    static String bodyText(Object body) {
        if (body == null || body instanceof CharSequence) {
            return body == null ? null : body.toString();
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(body);
        }
    }

    /** Headers a replay can carry and a person can read; the error handler's own bookkeeping is left out. */
    static Map<String, String> simpleHeaders(Map<String, Object> headers) {
        Map<String, String> simple = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith("CamelRedelivery") || name.equals(DEAD_LETTER_ID_HEADER)) {
                return;
            }
            if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof Enum<?> || value instanceof UUID
                    || value instanceof TemporalAccessor || value instanceof Date) {
                simple.put(name, String.valueOf(value));
            }
        });
        return simple;
    }

    /** The exception's message followed by its causes' (the HTTP status is often in a cause). */
    static String describe(Throwable error) {
        if (error == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        Throwable cause = error.getCause();
        for (int i = 0; cause != null && cause != error && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            text.append("; caused by ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
