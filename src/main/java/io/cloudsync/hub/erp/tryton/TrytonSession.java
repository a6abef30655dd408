package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bean {@code trytonSession}: the hub's login session with Tryton, shared by every call. The route
 * {@code erp-tryton-login} sends {@link #loginRequest()} and hands the answer to {@link #started}; calls carry
 * {@link #authorization()}; a call Tryton answers 401 {@link #forget}s it, and the retry logs in again.
 * Neither the password nor the session key is ever part of a text this class returns, but for the two bodies.
 */
public final class TrytonSession {

    private final TrytonSettings settings;
    private final ObjectMapper mapper;
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<Map<String, Object>> context = new AtomicReference<>(Map.of());

    public TrytonSession(TrytonSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    /** Whether a session is open (the route logs in first when not). */
    public boolean isOpen() {
        return authorization.get() != null;
    }

    /** The body of {@code common.db.login}: it carries the password, so it is never logged. */
    public String loginRequest() {
        return new TrytonCall("common.db.login", List.of(settings.user(),
                Map.of("password", settings.password()), "en")).json(mapper);
    }

    /** Reads the login's answer ({@code [user id, session key]}) and keeps the session. */
    public void started(int status, String body) {
        JsonNode result;
        try {
            result = TrytonAnswer.result(new TrytonCall("common.db.login", List.of()), status, body, mapper);
        } catch (TrytonException e) {
            if (e.kind() == TrytonException.Kind.SESSION) {
                throw new TrytonException(TrytonException.Kind.REFUSED, "Tryton refused the login of user "
                        + settings.user() + " on database " + settings.database() + " (wrong user or password)");
            }
            throw e;
        }
        if (result == null || !result.isArray() || result.size() < 2 || !result.get(0).canConvertToLong()) {
            throw new TrytonException(TrytonException.Kind.REFUSED, "Tryton refused the login of user "
                    + settings.user() + " on database " + settings.database() + " (wrong user or password)");
        }
        String token = settings.user() + ":" + result.get(0).asLong() + ":" + result.get(1).asText();
        authorization.set("Session " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** The body that asks for the user's preferences ({@code res.user.get_preferences}), read after the login. */
    public String preferencesRequest() {
        return TrytonCall.model("res.user", "get_preferences", true).json(mapper);
    }

    /**
     * Keeps the user's company and language from the answer to {@link #preferencesRequest()}: Tryton does not apply
     * them itself, and without a company in the context prices read empty and sales have no company.
     */
    public void preferences(int status, String body) {
        JsonNode result = TrytonAnswer.result(TrytonCall.model("res.user", "get_preferences"), status, body, mapper);
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        if (result.path("company").canConvertToLong()) {
            values.put("company", result.path("company").asLong());
        }
        values.put("language", result.path("language").asText("en"));
        context.set(Map.copyOf(values));
    }

    /** The context every model call carries: the user's company and language. */
    public Map<String, Object> context() {
        return context.get();
    }

    /** The {@code Authorization} header of a call; the route logs in first when there is no session. */
    public String authorization() {
        String value = authorization.get();
        if (value == null) {
            throw new TrytonException(TrytonException.Kind.SESSION, "no Tryton session");
        }
        return value;
    }

    /** Drops the session Tryton no longer knows, so that the retry logs in again. */
    public void forget() {
        authorization.set(null);
    }

    @Override
    public String toString() {
        return "TrytonSession[" + settings.user() + "@" + settings.rpcUrl() + (isOpen() ? ", open" : "") + "]";
    }
}
