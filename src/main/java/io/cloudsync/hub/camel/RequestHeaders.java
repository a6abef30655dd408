package io.cloudsync.hub.camel;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * Bean {@code requestHeaders}: what the hub trusts about an HTTP request, read from the Vert.x request itself.
 * platform-http turns query parameters and form fields into message headers too, after the request's headers and
 * with the same names (so {@code ?Authorization=…} would create or shadow the {@code Authorization} header); what
 * decides access must come from the request, never from those. {@link #trust} (a route's first step) replaces the
 * headers {@code Authorization} and {@value #REMOTE_ADDRESS_HEADER} by the request's own header and the address of
 * its connection ({@code X-Forwarded-For} is not trusted). A message that is no platform-http request has neither.
 */
public final class RequestHeaders {

    public static final String AUTHORIZATION = "Authorization";
    public static final String REMOTE_ADDRESS_HEADER = "HubRemoteAddress";

    public void trust(Exchange exchange) {
        Message message = exchange.getMessage();
        message.removeHeader(AUTHORIZATION);
        message.removeHeader(REMOTE_ADDRESS_HEADER);
        String authorization = authorization(message);
        if (authorization != null) {
            message.setHeader(AUTHORIZATION, authorization);
        }
        String address = remoteAddress(message);
        if (address != null) {
            message.setHeader(REMOTE_ADDRESS_HEADER, address);
        }
    }

    /** The request's own {@code Authorization} header, or null. */
    static String authorization(Message message) {
        HttpServerRequest request = request(message);
        return request == null ? null : request.getHeader(AUTHORIZATION);
    }

    /** The numeric address the request's connection came from, or null. */
    static String remoteAddress(Message message) {
        HttpServerRequest request = request(message);
        SocketAddress address = request == null ? null : request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    private static HttpServerRequest request(Message message) {
        return message instanceof HttpMessage http ? http.getRequest() : null;
    }
}
