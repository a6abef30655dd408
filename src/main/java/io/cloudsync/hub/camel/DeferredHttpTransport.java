package io.cloudsync.hub.camel;

import io.cloudsync.hub.http.HttpBytes;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import org.apache.camel.CamelContext;

/**
 * The hub's outbound HTTP as a bean that exists before Camel does: the beans are built first, then camel-main
 * creates the context and {@link #attach} hands it over (HubRuntime does it before routes start).
 */
public final class DeferredHttpTransport implements HttpTransport, AutoCloseable {

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private volatile CamelHttpTransport delegate;

    public DeferredHttpTransport(int connectTimeoutMillis, int readTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    public synchronized void attach(CamelContext context) {
        if (delegate == null) {
            delegate = new CamelHttpTransport(context, connectTimeoutMillis, readTimeoutMillis);
        }
    }

    @Override
    public HttpResult execute(HttpCall call) {
        return attached().execute(call);
    }

    @Override
    public HttpBytes executeForBytes(HttpCall call) {
        return attached().executeForBytes(call);
    }

    private CamelHttpTransport attached() {
        CamelHttpTransport transport = delegate;
        if (transport == null) {
            throw new IllegalStateException("HTTP used before the Camel context was attached");
        }
        return transport;
    }

    @Override
    public void close() throws Exception {
        if (delegate != null) {
            delegate.close();
        }
    }
}
