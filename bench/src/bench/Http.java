package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import io.cloudsync.hub.http.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Plain JSON calls to the simulators' control and inspection APIs, and the hub's HttpTransport for its clients. */
final class Http implements HttpTransport {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    JsonNode get(String url) {
        return call("GET", url, null);
    }

    /** null when nothing answers yet (the process is starting). */
    JsonNode tryGet(String url) {
        try {
            return call("GET", url, null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    JsonNode call(String method, String url, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public HttpResult execute(HttpCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).timeout(Duration.ofSeconds(60));
        call.headers().forEach(request::header);
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body()));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    values.get(0)));
            return new HttpResult(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new TransportException(call.redactedUrl() + ": " + TransportException.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(call.redactedUrl() + ": interrupted", e);
        }
    }
}
