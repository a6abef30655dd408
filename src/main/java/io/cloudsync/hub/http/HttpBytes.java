package io.cloudsync.hub.http;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * An answer with its body as the bytes that came and the charset they are in: for a caller that fingerprints a
 * body before it decides whether to decode it at all ({@link HttpTransport#executeForBytes}).
 */
public record HttpBytes(int status, Map<String, String> headers, byte[] body, Charset charset) {

    public HttpBytes {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public boolean isSuccess() {
        return HttpResult.isSuccess(status);
    }

    /** The same answer with its body decoded. */
    public HttpResult asText() {
        return new HttpResult(status, headers, new String(body, charset));
    }
}
