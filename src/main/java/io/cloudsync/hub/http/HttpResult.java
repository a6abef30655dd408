package io.cloudsync.hub.http;

import java.util.Map;
import java.util.Optional;

/** The answer to an {@link HttpCall}: status, headers (names lower-cased) and the body as text. */
public record HttpResult(int status, Map<String, String> headers, String body) {

    public HttpResult {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public boolean isSuccess() {
        return isSuccess(status);
    }

    /** A 2xx status. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The {@code Retry-After} header as a duration (seconds or an HTTP date), if the server sent one. */
    public Optional<java.time.Duration> retryAfter() {
        return header("retry-after").flatMap(value -> {
            String text = value.trim();
            try {
                return Optional.of(java.time.Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
            } catch (NumberFormatException notSeconds) {
                try {
                    java.time.Instant at = java.time.ZonedDateTime.parse(text,
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    java.time.Duration wait = java.time.Duration.between(java.time.Instant.now(), at);
                    return Optional.of(wait.isNegative() ? java.time.Duration.ZERO : wait);
                } catch (java.time.format.DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }

    /** The first line of the body, shortened: enough to name a failure without dumping a page. */
    public String bodySnippet() {
        return snippet(body);
    }

    /** The first line of an answer's text, at most 300 characters: what an error message quotes of it. */
    public static String snippet(String body) {
        String text = body.strip();
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline);
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
