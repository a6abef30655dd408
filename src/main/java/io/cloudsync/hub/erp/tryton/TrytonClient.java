package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import java.util.Map;

/**
 * Tryton's JSON-RPC from Java, for what runs outside the routes ({@code check}): the same session and the same
 * reading of answers as {@code erp-tryton-rpc.camel.yaml}, without its retries.
 */
public final class TrytonClient implements TrytonCalls {

    private final TrytonSettings settings;
    private final TrytonSession session;
    private final HttpTransport transport;
    private final ObjectMapper mapper;

    public TrytonClient(TrytonSettings settings, HttpTransport transport, ObjectMapper mapper) {
        this.settings = settings;
        this.session = new TrytonSession(settings, mapper);
        this.transport = transport;
        this.mapper = mapper;
    }

    /** Logs in (once) and sends the call; the call's result, or a {@link TrytonException}. */
    @Override
    public JsonNode call(TrytonCall call) {
        if (!session.isOpen()) {
            HttpResult login = transport.execute(post(session.loginRequest(), Map.of()));
            session.started(login.status(), login.body());
            HttpResult preferences = transport.execute(post(session.preferencesRequest(),
                    Map.of("Authorization", session.authorization())));
            session.preferences(preferences.status(), preferences.body());
        }
        HttpResult answer = transport.execute(post(call.inContext(session.context()).json(mapper),
                Map.of("Authorization", session.authorization())));
        return TrytonAnswer.result(call, answer.status(), answer.body(), mapper);
    }

    /** The server's version ({@code common.server.version}, asked of the server, not of a database). */
    public String version() {
        TrytonCall call = new TrytonCall("common.server.version", java.util.List.of());
        HttpResult answer = transport.execute(new HttpCall("POST", settings.url(), settings.url(),
                Map.of("Content-Type", "application/json"), call.json(mapper)));
        return TrytonAnswer.result(call, answer.status(), answer.body(), mapper).asText();
    }

    private HttpCall post(String body, Map<String, String> headers) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return new HttpCall("POST", settings.rpcUrl(), settings.rpcUrl(), all, body);
    }
}
