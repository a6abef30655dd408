package io.cloudsync.hub.camel;

import io.cloudsync.hub.api.RequestAuthorizer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Bean {@code apiGuard}: the first step of every {@code /v1} route,
 * {@code - bean: {ref: apiGuard, method: "authorize(${exchange}, 'read,dashboard')"}}, naming the same scopes as
 * the operation's {@code security} declaration. It lets the call through only with a valid bearer token carrying
 * one of those scopes, within the rate limit and requests in flight (else the {@code api} route configuration
 * answers 401, 403 or 429). The token is read from the HTTP request's own {@code Authorization} header (see
 * {@link RequestHeaders}), never from a query parameter or form field of that name. The client id is then in the
 * header {@value #CLIENT_ID_HEADER}; the {@code Authorization} header is removed, so the token goes no further.
 */
public final class ApiGuard {

    public static final String CLIENT_ID_HEADER = "HubClientId";

    private final RequestAuthorizer authorizer;

    public ApiGuard(RequestAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    /** @param scopes the scopes of which the token needs one, comma-separated */
    public void authorize(Exchange exchange, String scopes) {
        Message message = exchange.getMessage();
        // A caller could send a HubClientId header (or parameter) of its own: it is never trusted.
        message.removeHeader(CLIENT_ID_HEADER);
        message.removeHeader(RequestHeaders.AUTHORIZATION);
        message.removeHeader(RequestHeaders.REMOTE_ADDRESS_HEADER);
        RequestAuthorizer.Authorization authorization = authorizer.authorize(RequestHeaders.authorization(message),
                RequestHeaders.remoteAddress(message), scopes);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                authorization.permit().release();
            }
        });
        message.setHeader(CLIENT_ID_HEADER, authorization.token().clientId());
    }
}
