package io.cloudsync.hub.camel;

import io.cloudsync.hub.http.HttpBytes;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import io.cloudsync.hub.http.TransportException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.support.ExchangeHelper;

/**
 * Sends the hub's outbound calls through camel-http (Apache HttpClient 5, pooled connections), so timeouts,
 * pooling and metrics are Camel's. One endpoint per base URL; the full URL travels in {@code CamelHttpUri}.
 */
public final class CamelHttpTransport implements HttpTransport, AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final String endpointOptions;
    /** The endpoint of each base URL, resolved once: resolving its URI again parsed and sorted it on every call. */
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    public CamelHttpTransport(CamelContext context, int connectTimeoutMillis, int readTimeoutMillis) {
        this.context = context;
        this.template = context.createProducerTemplate();
        this.endpointOptions = "?throwExceptionOnFailure=false&connectTimeout=" + connectTimeoutMillis
                + "&responseTimeout=" + readTimeoutMillis + "&soTimeout=" + readTimeoutMillis
                + "&connectionsPerRoute=20&maxTotalConnections=200&deleteWithBody=true";
    }

    @Override
    public HttpResult execute(HttpCall call) {
        return executeForBytes(call).asText();
    }

    @Override
    public HttpBytes executeForBytes(HttpCall call) {
        Endpoint endpoint = endpoints.computeIfAbsent(endpointFor(call.url()),
                base -> context.getEndpoint(base + endpointOptions));
        Exchange response = template.request(endpoint, exchange -> {
            exchange.getIn().setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(call.method()));
            exchange.getIn().setHeader(Exchange.HTTP_URI, call.url());
            call.headers().forEach(exchange.getIn()::setHeader);
            exchange.getIn().setBody(call.body());
        });
        Exception failure = response.getException();
        if (failure != null) {
            throw new TransportException(call + ": " + TransportException.describe(failure), null);
        }
        Integer status = response.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        Map<String, String> headers = new LinkedHashMap<>();
        response.getMessage().getHeaders().forEach((name, value) -> {
            if (!name.startsWith("Camel") && value != null) {
                headers.put(name.toLowerCase(Locale.ROOT), value.toString());
            }
        });
        return new HttpBytes(status == null ? 0 : status, headers, response.getMessage().getBody(byte[].class),
                Charset.forName(ExchangeHelper.getCharsetName(response)));
    }

    /** {@code http://host:port} of the URL, as a camel-http endpoint URI. */
    static String endpointFor(String url) {
        int schemeEnd = url.indexOf("://");
        int pathStart = url.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? url : url.substring(0, pathStart);
    }

    @Override
    public void close() throws Exception {
        template.close();
    }
}
