package io.cloudsync.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.sync.ProductWriteService;
import io.cloudsync.hub.sync.SyncFeed;
import java.util.Map;

/**
 * The sync API ({@code routes/api-sync.camel.yaml}): the change feeds of products, orders, customers and marketplace
 * orders, and the
 * product writes back to the store. Parameters arrive as the caller sent them; the services validate them and
 * name the one that does not fit ({@link io.cloudsync.hub.params.InvalidParameterException}, a 400).
 */
public final class SyncApi {

    private final SyncFeed feed;
    private final ProductWriteService writes;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public SyncApi(SyncFeed feed, ProductWriteService writes) {
        this.feed = feed;
        this.writes = writes;
    }

    /**
     * {@code GET /v1/sync/{entity}?last_sync=&cursor=&limit=}: {@code {"<entity>":[…], "count", "has_more",
     * "next_cursor", "sync_time"}}.
     *
     * @param request the request's parameters (the message headers), of which last_sync, cursor and limit are read
     */
    public JsonNode changes(String entity, Map<String, Object> request) {
        return feed.page(entity, RequestParameters.of(request, "last_sync", "cursor", "limit")).json();
    }

    /**
     * {@code PUT /v1/sync/products} with {@code {"products":[…]}}: every item answered on its own
     * ({@code updated}, {@code conflict}, {@code invalid}, {@code not_found}, {@code error}).
     */
    public ProductWriteService.Result writeProducts(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.invalidParameter("body", "the request body must be JSON: {\"products\":[{\"id\":…, …}]}");
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JsonProcessingException e) {
            // the original message only: the parser's own text would quote the body back
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiException.invalidParameter("body", "the request body is not valid JSON" + where + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (request == null || !request.isObject()) {
            throw ApiException.invalidParameter("body", "the request body must be a JSON object: {\"products\":[…]}");
        }
        return writes.write(request);
    }
}
