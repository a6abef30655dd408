package io.cloudsync.hub.camel;

import io.cloudsync.hub.api.RequestAuthorizer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Bean {@code apiGuard}: the first step of every {@code /v1} route,
 * {@code - bean: {ref: apiGuard, method: "authorize(${exchange}, 'read')"}}. It lets the call through only with
 * a valid bearer token carrying the scope, within the client's rate limit and requests in flight (else the
 * {@code api} route configuration answers 401, 403 or 429). The client id is then in the header
 * {@value #CLIENT_ID_HEADER}; the {@code Authorization} header is removed, so the token goes no further.
 */
public final class ApiGuard {

    public static final String CLIENT_ID_HEADER = "HubClientId";

    private final RequestAuthorizer authorizer;

    public ApiGuard(RequestAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    public void authorize(Exchange exchange, String scope) {
        Message message = exchange.getMessage();
        // A caller could send a HubClientId header of its own: it is never trusted.
        message.removeHeader(CLIENT_ID_HEADER);
        RequestAuthorizer.Authorization authorization = authorizer.authorize(
                message.getHeader("Authorization", String.class), scope);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                authorization.permit().release();
            }
        });
        message.removeHeader("Authorization");
        message.setHeader(CLIENT_ID_HEADER, authorization.token().clientId());
    }
}
