package io.cloudsync.hub.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.ApiException;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.logging.SecretRedactor;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bean {@code apiErrors} (routes/api-errors.camel.yaml): answers a failed API call with
 * {@code {"error": …, "message": …}} and its status. An {@link ApiException} says what to answer; anything else
 * is a 500 that shows no internals, only a reference to the one log line (redacted) with the cause.
 */
public final class ApiErrorResponder {

    private static final Logger LOG = LoggerFactory.getLogger("io.cloudsync.hub.api");

    private final ObjectMapper json;
    private final SecretRedactor redactor;

    public ApiErrorResponder(ObjectMapper json, SecretRedactor redactor) {
        this.json = json;
        this.redactor = redactor;
    }

    public void respond(Exchange exchange) throws JsonProcessingException {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ApiException error = apiException(failure);
        if (error == null) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.warn("API call {} {} failed (ref {}): {}", exchange.getMessage().getHeader(Exchange.HTTP_METHOD),
                    exchange.getMessage().getHeader(Exchange.HTTP_PATH), reference, describe(failure));
            error = new ApiException(500, "internal_error", "the hub could not handle this request; the hub's log"
                    + " has the details under ref " + reference);
        }
        write(exchange.getMessage(), error, json);
    }

    /** Replaces the message with the error answer (only the error's headers: request headers are not echoed). */
    static void write(Message message, ApiException error, ObjectMapper json) throws JsonProcessingException {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, error.status());
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        for (Map.Entry<String, String> header : error.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setBody(json.writeValueAsString(error.body()));
    }

    /**
     * The API exception behind a failure (Camel may wrap what a bean threw), or null. A service's
     * {@link InvalidParameterException} is a 400 that names its parameter.
     */
    static ApiException apiException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
            if (cause instanceof InvalidParameterException invalid) {
                return ApiException.invalidParameter(invalid.parameter(), invalid.getMessage());
            }
        }
        return null;
    }

    private String describe(Throwable failure) {
        if (failure == null) {
            return "no exception recorded";
        }
        StringBuilder text = new StringBuilder(failure.getClass().getName()).append(": ")
                .append(redactor.text(String.valueOf(failure.getMessage())));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause.getClass().getName()).append(": ")
                    .append(redactor.text(String.valueOf(cause.getMessage())));
        }
        return text.toString();
    }
}
