package io.cloudsync.hub.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of what the hub stores and logs: header maps lose secret-named entries; JSON, XML and
 * free text (error messages, URIs) get secret-named values, credentials in URLs, bearer/basic credentials,
 * JWT-looking tokens, PEM private keys and the configured secret values replaced by {@value #MASK}. Every log
 * line goes through one of these ({@code io.cloudsync.hub.logging.LogRedaction}).
 */
public final class SecretRedactor {

    public static final String MASK = "***";

    /** Shorter configured values are not treated as secrets: masking them would garble ordinary text. */
    static final int MIN_SECRET_LENGTH = 4;

    private static final List<String> SECRET_NAME_PARTS = List.of("authorization", "wskey", "apikey", "token",
            "privatekey", "signature", "passwd", "password", "securekey", "secret", "cookie", "credential",
            "accesskey");

    // Names are matched whole (no backtracking into a run of word characters) and checked with isSecretName,
    // which keeps the scan linear even on a multi-megabyte body.
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "(?<![\\w.-])([\"']?)([\\w.-]++)\\1(\\s*[:=]\\s*)([\"']?)([^\"'\\s&,;}\\]]+)");
    private static final Pattern XML_ELEMENT = Pattern.compile(
            "(?s)<([\\w:.-]++)(\\s[^>]*)?>(<!\\[CDATA\\[.*?]]>|[^<]*+)</\\1>");
    private static final Pattern SCHEME_CREDENTIAL = Pattern.compile("(?i)\\b(bearer|basic|digest)\\s+[\\w.~+/=-]+");
    private static final Pattern JWT = Pattern.compile("\\beyJ[\\w-]{4,}+\\.[\\w-]{4,}+\\.[\\w-]*+");
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\\z)");
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*+://)[^/?#\\s@]++@");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> secretValues;

    public SecretRedactor(Collection<String> secretValues) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : secretValues) {
            if (value != null && value.trim().length() >= MIN_SECRET_LENGTH) {
                values.add(value.trim());
                values.add(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        }
        // Longest first, so a secret that contains another one is masked whole.
        this.secretValues = values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A redactor that knows the value of every configuration key with a secret-looking name. */
    public static SecretRedactor forConfiguration(Map<String, String> configuration) {
        return new SecretRedactor(configuration.entrySet().stream()
                .filter(entry -> isSecretName(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList());
    }

    public static SecretRedactor none() {
        return new SecretRedactor(List.of());
    }

    /** Whether a header, field or configuration key names a secret ({@code X-Api-Key}, {@code ws_key}...). */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        String folded = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return SECRET_NAME_PARTS.stream().anyMatch(folded::contains);
    }

    /** The headers without secret-named entries; the remaining values redacted as text. */
    public Map<String, String> headers(Map<String, String> headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!isSecretName(name)) {
                kept.put(name, value == null ? null : text(value));
            }
        });
        return kept;
    }

    /** Free text such as an error message, a URI or a log line. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secretValues) {
            out = out.replace(secret, MASK);
        }
        out = XML_ELEMENT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(!isSecretName(m.group(1)) ? m.group()
                : "<" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + ">" + MASK + "</" + m.group(1) + ">"));
        out = PEM_PRIVATE_KEY.matcher(out).replaceAll(MASK);
        out = JWT.matcher(out).replaceAll(MASK);
        out = SCHEME_CREDENTIAL.matcher(out).replaceAll("$1 " + MASK);
        out = URL_USER_INFO.matcher(out).replaceAll("$1" + MASK + "@");
        return maskNamedValues(out);
    }

    /** {@code name=value}, {@code name: value}, {@code "name":"value"} with a secret name: the value is masked. */
    private static String maskNamedValues(String text) {
        Matcher match = NAMED_VALUE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (match.find(from)) {
            if (isSecretName(match.group(2))) {
                out.append(text, copied, match.start(5)).append(MASK);
                copied = match.end();
                from = match.end();
            } else {
                // Not a secret: its value may still hold one (direct:x?token=y), so look again after the name.
                from = match.end(2);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** A message body: JSON is redacted field by field (structure kept); anything else as text. */
    public String body(String body) {
        if (body == null) {
            return null;
        }
        String trimmed = body.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = JSON.readTree(trimmed);
                return redact(tree) ? JSON.writeValueAsString(tree) : body;
            } catch (JsonProcessingException notJson) {
                return text(body);
            }
        }
        return text(body);
    }

    /** Redacts in place; returns whether anything changed. */
    private boolean redact(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecretName(field.getKey())) {
                    if (!(field.getValue().isTextual() && MASK.equals(field.getValue().textValue()))) {
                        field.setValue(TextNode.valueOf(MASK));
                        changed = true;
                    }
                } else {
                    changed |= redactChild(field.getValue(), field::setValue);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                changed |= redactChild(array.get(i), replacement -> array.set(index, replacement));
            }
        }
        return changed;
    }

    private boolean redactChild(JsonNode child, java.util.function.Consumer<JsonNode> replace) {
        if (child.isTextual()) {
            String redacted = text(child.textValue());
            if (!redacted.equals(child.textValue())) {
                replace.accept(TextNode.valueOf(redacted));
                return true;
            }
            return false;
        }
        return redact(child);
    }
}
