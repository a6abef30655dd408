package io.cloudsync.hub.camel;

import io.cloudsync.hub.api.ApiScopes;
import io.cloudsync.hub.api.ApiVerbs;
import io.cloudsync.hub.api.RequestAuthorizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.SecurityDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Bean {@code apiGuard}, called by the {@code api} route configuration (routes/api-errors.camel.yaml) before every
 * route that uses it: when the route is the one behind a REST verb with scopes, it lets the call through only with
 * a valid bearer token carrying one of the scopes <em>that verb declares</em> in its {@code security} entry, within
 * the rate limit and requests in flight (else the configuration answers 401, 403 or 429). No route names its
 * scopes itself, so what the OpenAPI document says is what is enforced. The verbs are read from the context's
 * REST definitions when it starts ({@link #load}); a {@code /v1} verb without scopes stops the start. The token
 * is read from the HTTP request's own {@code Authorization} header (see {@link RequestHeaders}), never from a
 * query parameter or form field of that name. The client id is then in the header {@value #CLIENT_ID_HEADER};
 * the {@code Authorization} header is removed, so the token goes no further.
 */
public final class ApiGuard {

    public static final String CLIENT_ID_HEADER = "HubClientId";
    /** The exchange property holding the {@link ApiVerbs.Verb} a call was let through for. */
    public static final String VERB_PROPERTY = "HubApiVerb";

    private final RequestAuthorizer authorizer;
    private volatile ApiVerbs verbs = ApiVerbs.none();

    public ApiGuard(RequestAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    /** Reads the verbs the context's REST definitions declare; refuses a verb that could escape the guard. */
    public void load(CamelContext context) {
        List<ApiVerbs.Verb> declared = new ArrayList<>();
        for (RestDefinition rest : context.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = join(rest.getPath(), verb.getPath());
                String scopes = scopes(verb.getSecurity());
                ApiVerbs.Verb declaredVerb = new ApiVerbs.Verb(verb.getId(), verb.asVerb().toUpperCase(), path,
                        ApiScopes.parse(scopes));
                String to = verb.getTo() == null ? null : verb.getTo().getUri();
                if (!("direct:" + verb.getId()).equals(to)) {
                    // the guard finds a verb by the id of the route that runs it: they must be one and the same
                    throw new IllegalStateException("the API verb " + verb.getId() + " must go to direct:"
                            + verb.getId() + " (a route with the same id), not " + to);
                }
                declared.add(declaredVerb);
            }
        }
        this.verbs = ApiVerbs.of(declared);
    }

    public ApiVerbs verbs() {
        return verbs;
    }

    /**
     * Checks the call for the verb behind route {@code routeId}. A route that runs no verb (the dashboard's
     * files) is let through untouched, and so is a public verb ({@code /oauth}), marked for its answer only.
     */
    public void authorize(Exchange exchange, String routeId) {
        ApiVerbs.Verb verb = verbs.find(routeId).orElse(null);
        if (verb == null) {
            return;
        }
        if (!verb.guarded()) {
            exchange.setProperty(VERB_PROPERTY, verb);
            return;
        }
        Message message = exchange.getMessage();
        // A caller could send a HubClientId header (or parameter) of its own: it is never trusted.
        message.removeHeader(CLIENT_ID_HEADER);
        message.removeHeader(RequestHeaders.AUTHORIZATION);
        message.removeHeader(RequestHeaders.REMOTE_ADDRESS_HEADER);
        RequestAuthorizer.Authorization authorization = authorizer.authorize(RequestHeaders.authorization(message),
                RequestHeaders.remoteAddress(message), String.join(",", verb.scopes()));
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                authorization.permit().release();
            }
        });
        message.setHeader(CLIENT_ID_HEADER, authorization.token().clientId());
        exchange.setProperty(VERB_PROPERTY, verb);
    }

    private static String scopes(List<SecurityDefinition> security) {
        List<String> scopes = new ArrayList<>();
        if (security != null) {
            security.stream().map(SecurityDefinition::getScopes).filter(s -> s != null).forEach(scopes::add);
        }
        return String.join(",", scopes);
    }

    private static String join(String base, String path) {
        String left = base == null ? "" : base.replaceAll("/+$", "");
        String right = path == null || path.isEmpty() ? "" : (path.startsWith("/") ? path : "/" + path);
        return left + right;
    }
}
