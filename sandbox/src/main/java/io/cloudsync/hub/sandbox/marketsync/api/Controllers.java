package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every controller of the simulated API, and which one serves a verb on a path. */
final class Controllers {

    private final List<Controller> all;

    Controllers(SandboxData data, ObjectMapper json) {
        ProductJson views = new ProductJson(data.catalogue(), data.sellerMarkets(), data.availability());
        all = List.of(new ProductsController(data, views), new PublicationController(data),
                new VariationsController(data, views), new StockController(data, views),
                new PricesController(data, views), new MarketsController(data), new OrdersController(data), new GuidesController(data),
                new CategoriesController(data.catalogue()),
                new ListController("colores", json.valueToTree(data.catalogue().colours().stream()
                        .map(c -> Map.of("id", Integer.toString(c.id()), "color", c.color())).toList())),
                new ListController("paises", json.valueToTree(data.catalogue().countries().stream()
                        .map(c -> Map.of("id", Integer.toString(c.id()), "pais", c.pais(), "code", c.code(),
                                "code3", c.code3())).toList())));
    }

    Optional<Controller> find(ApiPath path, String verb) {
        return all.stream().filter(c -> c.name().equals(path.controller()) && c.supports(verb, path.section()))
                .findFirst();
    }
}
