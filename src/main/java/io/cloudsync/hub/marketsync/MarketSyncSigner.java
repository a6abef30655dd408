package io.cloudsync.hub.marketsync;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs MarketSync requests: every parameter (token, timestamp, version and the call's own) sorted by
 * name, form-encoded the way Python's {@code urlencode(sorted(params.items()))} does, then
 * HMAC-SHA256 with the private key, in lower-case hex. The private key stays in this object and is
 * never printed.
 */
public final class MarketSyncSigner {

    public static final String VERSION = "1.0";
    public static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private final String token;
    private final SecretKeySpec key;
    private final Clock clock;

    public MarketSyncSigner(String token, String privateKey) {
        this(token, privateKey, Clock.systemUTC());
    }

    public MarketSyncSigner(String token, String privateKey, Clock clock) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("MarketSync token is empty");
        }
        if (privateKey == null || privateKey.isEmpty()) {
            throw new IllegalArgumentException("MarketSync private key is empty");
        }
        this.token = token;
        this.key = new SecretKeySpec(privateKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    public String token() {
        return token;
    }

    /** The current Mexico City wall-clock time, as MarketSync expects it. */
    public String timestampNow() {
        return LocalDateTime.now(clock.withZone(MEXICO_CITY)).format(TIMESTAMP);
    }

    /** The query string to append after {@code ?}: the signed parameters, then {@code &signature=}. */
    public String signedQuery(Map<String, String> callParams) {
        return signedQuery(callParams, timestampNow());
    }

    public String signedQuery(Map<String, String> callParams, String timestamp) {
        String canonical = canonical(withAuthParams(callParams, timestamp));
        return canonical + "&signature=" + signature(canonical);
    }

    /** The call parameters plus token, timestamp and version. */
    public Map<String, String> withAuthParams(Map<String, String> callParams, String timestamp) {
        Map<String, String> all = new LinkedHashMap<>(callParams);
        all.put("token", token);
        all.put("timestamp", timestamp);
        all.put("version", VERSION);
        return all;
    }

    /** The string that is signed: parameters sorted by name and form-encoded. */
    public static String canonical(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : new TreeMap<>(params).entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(formEncode(entry.getKey())).append('=').append(formEncode(entry.getValue()));
        }
        return out.toString();
    }

    public String signature(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Checks a received signature against the received parameters (signature excluded), in constant time. */
    public boolean verify(Map<String, String> paramsWithoutSignature, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = signature(canonical(paramsWithoutSignature)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    /** Python's quote_plus: unreserved characters kept, space as '+', every other UTF-8 byte as %XX. */
    public static String formEncode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "MarketSyncSigner[token=" + token + ", privateKey=***]";
    }
}
