package io.cloudsync.hub.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.http.HttpBytes;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the PrestaShop Webservice ({@code {url}/api/...}) as JSON, authenticating with the key as Basic user. */
public final class StoreClient {

    static final String PHP_CGI_HINT = "If the key is right, the web server may be dropping the Authorization header"
            + " (PHP-CGI/FastCGI): add 'CGIPassAuth On' or 'SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1'"
            + " to the shop's .htaccess";

    private final StoreSettings settings;
    private final HttpTransport transport;
    private final ObjectMapper json;
    private final String authorization;

    public StoreClient(StoreSettings settings, HttpTransport transport, ObjectMapper json) {
        this.settings = settings;
        this.transport = transport;
        this.json = json;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((settings.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** GET {@code /api/{path}} with the given parameters; returns the parsed JSON ({@code []} for an empty list). */
    public JsonNode get(String path, Map<String, String> params) {
        HttpResult result = transport.execute(call(path, params, false));
        return parse(path, result);
    }

    /**
     * GET {@code /api/{path}} as {@link #get} does, but the answer as UTF-8 bytes, undecoded when it came so (as
     * JSON must): a caller fingerprints a page and reads it with {@link #json(String, byte[])} only when it is new.
     */
    public byte[] getBytes(String path, Map<String, String> params) {
        HttpBytes answer = transport.executeForBytes(call(path, params, false));
        if (!answer.isSuccess()) {
            checkStatus(path, answer.asText());
        }
        return answer.charset().equals(StandardCharsets.UTF_8) ? answer.body()
                : answer.asText().body().getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON of an answer {@link #getBytes} returned; a {@link MalformedAnswerException} when it is not JSON. */
    public JsonNode json(String path, byte[] utf8) {
        try {
            return json.readTree(utf8);
        } catch (java.io.IOException e) {
            throw malformed(path, new String(utf8, StandardCharsets.UTF_8));
        }
    }

    /** The JSON of an answer's text; a {@link MalformedAnswerException} when it is not JSON. */
    public JsonNode json(String path, String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(path, text);
        }
    }

    private static MalformedAnswerException malformed(String path, String text) {
        return new MalformedAnswerException("the store sent a body that is not JSON on /api/" + path + ": "
                + HttpResult.snippet(text), text);
    }

    /**
     * Writes one record: {@code PUT} (replaces every writable field) or {@code PATCH} (only the fields sent) of
     * {@code /api/{path}} with a PrestaShop XML body, authenticated like reads; the answer (the record as written)
     * is asked for as JSON. A refusal throws a {@link StoreException} with the status and the store's message.
     */
    public JsonNode write(String method, String path, String xmlBody, Map<String, String> params) {
        HttpCall get = call(path, params, false);
        HttpResult result = transport.execute(new HttpCall(method, get.url(), get.redactedUrl(),
                withContentType(get.headers()), xmlBody));
        return parse(path, result);
    }

    private static Map<String, String> withContentType(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put("Content-Type", "application/xml; charset=UTF-8");
        return copy;
    }

    /** Values of the named configuration keys the shop has ({@code PS_OS_CANCELED}…); missing keys are absent. */
    public Map<String, String> configurations(java.util.Collection<String> names) {
        JsonNode node = get("configurations", Map.of("filter[name]", "[" + String.join("|", names) + "]",
                "display", "[name,value]"));
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode row : Lenient.rows(node, "configurations")) {
            values.put(row.path("name").asText(), row.path("value").asText(""));
        }
        return values;
    }

    /**
     * The shop's time zone and its server's clock, read in one request: {@code PS_TIMEZONE}, and the instant of
     * the answer's {@code Date} header (the hub's clock when the server sends none). Ingest windows end there.
     */
    public ShopTime shopTime() {
        HttpResult result = transport.execute(call("configurations",
                Map.of("filter[name]", "[PS_TIMEZONE]", "display", "[name,value]"), false));
        JsonNode node = parse("configurations", result);
        Instant now = result.header("date").flatMap(StoreClient::httpDate).orElseGet(Instant::now);
        return new ShopTime(timezoneOf(node), now);
    }

    static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The same GET with the key as {@code ws_key} instead of the Authorization header. Used only to tell a wrong
     * key from a server that drops the header.
     */
    public HttpResult getWithKeyInQuery(String path, Map<String, String> params) {
        return transport.execute(call(path, params, true));
    }

    /** {@code PS_TIMEZONE}, the zone of every date the shop writes. */
    public String timezone() {
        return timezoneOf(get("configurations", Map.of("filter[name]", "[PS_TIMEZONE]", "display", "[name,value]")));
    }

    private static String timezoneOf(JsonNode node) {
        for (JsonNode row : node.path("configurations")) {
            if ("PS_TIMEZONE".equals(row.path("name").asText())) {
                return row.path("value").asText();
            }
        }
        throw new StoreException(0, "the store has no PS_TIMEZONE configuration (GET /api/configurations)");
    }

    /** The shop's languages: id, ISO code and whether active. */
    public List<StoreLanguage> languages() {
        JsonNode node = get("languages", Map.of("display", "[id,iso_code,active]"));
        List<StoreLanguage> languages = new ArrayList<>();
        for (JsonNode row : node.path("languages")) {
            languages.add(new StoreLanguage(row.path("id").asInt(), row.path("iso_code").asText(),
                    "1".equals(row.path("active").asText("1"))));
        }
        return languages;
    }

    private HttpCall call(String path, Map<String, String> params, boolean keyInQuery) {
        Map<String, String> query = new LinkedHashMap<>(params);
        query.put("output_format", "JSON");
        if (!settings.shopId().isEmpty()) {
            query.put("id_shop", settings.shopId());
        }
        String base = settings.url() + "/api/" + path;
        String redacted = base + "?" + encode(query);
        if (keyInQuery) {
            Map<String, String> withKey = new LinkedHashMap<>(query);
            withKey.put("ws_key", settings.apiKey());
            return HttpCall.get(base + "?" + encode(withKey), redacted + "&ws_key=***", Map.of());
        }
        return HttpCall.get(base + "?" + encode(query), redacted,
                Map.of("Authorization", authorization, "Output-Format", "JSON", "Accept", "application/json"));
    }

    private JsonNode parse(String path, HttpResult result) {
        checkStatus(path, result);
        return json(path, result.body());
    }

    private static void checkStatus(String path, HttpResult result) {
        if (result.status() == 401) {
            throw new StoreException(401, "the store rejected the webservice key (HTTP 401 on /api/" + path + "). "
                    + "Check hub.store.api-key and its permissions for this resource. " + PHP_CGI_HINT);
        }
        if (!result.isSuccess()) {
            String errors = errorMessages(result.body());
            throw new StoreException(result.status(), "the store answered HTTP " + result.status() + " on /api/"
                    + path + ": " + (errors.isEmpty() ? result.bodySnippet() : errors),
                    result.retryAfter().orElse(null), errors);
        }
    }

    /**
     * The messages of a PrestaShop error answer: {@code {"errors":[{"code":85,"message":"…"}]}} in JSON, or
     * {@code <errors><error><message><![CDATA[…]]></message>} in XML; empty when the body is neither.
     */
    static String errorMessages(String body) {
        List<String> messages = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) {
            try {
                new ObjectMapper().readTree(text).path("errors")
                        .forEach(error -> messages.add(error.path("message").asText("")));
            } catch (JsonProcessingException e) {
                return "";
            }
        } else {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                    "(?s)<message>\\s*(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?\\s*</message>").matcher(text);
            while (matcher.find()) {
                messages.add(matcher.group(1).strip());
            }
        }
        return String.join("; ", messages.stream().filter(m -> !m.isBlank()).toList());
    }

    static String encode(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
