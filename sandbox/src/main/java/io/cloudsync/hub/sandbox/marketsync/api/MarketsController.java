package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.store.SellerMarkets.Setting;
import io.cloudsync.hub.sandbox.marketsync.validation.ItemCheck;
import java.util.Optional;

/**
 * {@code /api/markets}: GET lists the marketplaces {@code {id, market, url_sitio}}; POST {@code {market_id, activo,
 * proteccion}} enables or disables publishing there and sets the units held back per seller SKU (0–5). Error texts
 * are the documented ones.
 */
final class MarketsController implements Controller {

    private final SandboxData data;

    MarketsController(SandboxData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "markets";
    }

    @Override
    public boolean supports(String verb, String section) {
        return section.isEmpty() && (verb.equals("GET") || verb.equals("POST"));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (request.verb().equals("GET")) {
            ArrayNode answer = JsonNodeFactory.instance.arrayNode();
            for (Market market : data.catalogue().markets()) {
                ObjectNode entry = answer.addObject();
                entry.put("id", Integer.toString(market.id()));
                entry.put("market", market.market());
                entry.put("url_sitio", market.urlSitio());
            }
            return new ApiResponse(answer);
        }
        return configure(request.object());
    }

    private ApiResponse configure(JsonNode body) {
        ItemCheck check = new ItemCheck(body);
        Long marketId = check.integer("market_id", true, 0);
        Optional<Market> market = marketId == null ? Optional.empty() : data.catalogue().market(marketId.intValue());
        if (market.isEmpty()) {
            throw ApiError.badRequest("Error invalid/missing field market [" + body.path("market_id").asText("") + "]");
        }
        Long activo = check.integer("activo", true, 0);
        if (activo == null || activo > 1) {
            throw ApiError.badRequest("Error missing field Activo (1/0)");
        }
        Long proteccion = check.has("proteccion") ? check.integer("proteccion", true, 0) : Long.valueOf(0);
        if (proteccion == null || proteccion > 5) {
            throw ApiError.badRequest("Error invalid/missing field proteccion " + body.path("proteccion").asText("")
                    + ", must be 0-5 units.");
        }
        int id = market.get().id();
        boolean enabling = activo == 1 && !data.sellerMarkets().enabled(id);
        data.products().exclusively(() -> {
            data.sellerMarkets().set(new Setting(id, activo == 1, proteccion.intValue()));
            if (enabling) {
                data.publisher().marketEnabled(id);
            }
            return null;
        });
        return ApiResponse.result("Posting market " + market.get().market() + " is "
                + (activo == 1 ? "enabled" : "disabled") + ", with protection " + proteccion);
    }
}
