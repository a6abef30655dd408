package io.cloudsync.hub.testing;

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

/** The hub's {@link HttpTransport} over java.net.http, so tests drive the simulator with the hub's own client. */
public final class JdkHttpTransport implements HttpTransport {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public HttpResult execute(HttpCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).timeout(Duration.ofSeconds(30));
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
