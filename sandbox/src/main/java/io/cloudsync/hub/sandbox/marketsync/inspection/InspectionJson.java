package io.cloudsync.hub.sandbox.marketsync.inspection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Attribute;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import java.util.List;

/**
 * The inspection API's view of the simulator: plain JSON meant for tests and the demo (English names, real numbers,
 * instants in UTC), everything a test may want to assert on and nothing secret.
 */
final class InspectionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxData data;

    InspectionJson(SandboxData data) {
        this.data = data;
    }

    ObjectNode product(Product product) {
        ObjectNode node = NODES.objectNode();
        node.put("id", product.id());
        node.put("sku", product.sku());
        ObjectNode columns = node.putObject("columns");
        product.columns().asMap().forEach(columns::put);
        node.set("atributos", attributes(product.atributos()));
        ArrayNode variations = node.putArray("variations");
        for (Variation v : product.variations()) {
            ObjectNode variation = variations.addObject();
            variation.put("id", v.id());
            variation.put("sku", v.sku());
            variation.put("stock", v.stock());
            variation.put("teorico", data.availability().teorico(v));
            variation.put("color", v.color());
            variation.put("base", v.base());
            variation.put("talla", v.talla());
            variation.put("gtin", v.gtin());
            variation.put("video", v.video());
            strings(variation.putArray("images"), v.images());
            strings(variation.putArray("bullets"), v.bullets());
            variation.set("atributos", attributes(v.atributos()));
        }
        ArrayNode markets = node.putArray("markets");
        for (Market market : data.catalogue().markets()) {
            markets.add(listing(product, market));
        }
        node.put("everPublished", product.everPublished());
        node.put("totalStock", product.totalStock());
        node.put("updates", product.updates());
        node.put("createdAt", product.createdAt().toString());
        node.put("updatedAt", product.updatedAt().toString());
        return node;
    }

    private ObjectNode listing(Product product, Market market) {
        MarketListing listing = product.listing(market.id());
        ObjectNode node = NODES.objectNode();
        node.put("marketId", market.id());
        node.put("market", market.market());
        node.put("estado", listing.state().action());
        node.put("marketEnabled", data.sellerMarkets().enabled(market.id()));
        node.put("published", listing.published());
        node.put("marketSku", listing.marketSku());
        node.put("publishedAt", listing.publishedAt() == null ? null : listing.publishedAt().toString());
        if (listing.priced()) {
            node.put("precio", Money.toDecimal(listing.precio()));
            node.put("oferta", Money.toDecimal(listing.oferta()));
        } else {
            node.putNull("precio");
            node.putNull("oferta");
        }
        node.put("discountAtRisk", listing.discountAtRisk());
        node.put("stockOnMarket", data.availability().onMarket(product, market.id()));
        return node;
    }

    ObjectNode order(Order order) {
        ObjectNode node = NODES.objectNode();
        node.put("id", order.id());
        node.put("referencia", order.referencia());
        node.put("marketId", order.marketId());
        node.put("market", order.market());
        node.put("estatus", order.estatus());
        node.put("comentario", order.comentario());
        node.put("fechaPedido", order.fechaPedido().toString());
        node.put("fechaOrden", order.fechaOrden().toString());
        node.put("fecha", order.fecha().toString());
        node.put("total", Money.toDecimal(order.total()));
        node.put("email", order.email());
        node.put("entregara", order.shipping().entregara());
        node.put("ciudad", order.shipping().ciudad());
        node.put("estado", order.shipping().estado());
        node.put("mensajeria", order.mensajeria());
        node.put("guias", order.guias());
        ArrayNode lines = node.putArray("lines");
        for (OrderLine line : order.items()) {
            ObjectNode entry = lines.addObject();
            entry.put("productId", line.productId());
            entry.put("sku", line.sku());
            entry.put("cantidad", line.cantidad());
            entry.put("precio", Money.toDecimal(line.precio()));
            entry.put("fulfillment", line.fulfillment());
        }
        ArrayNode history = node.putArray("history");
        for (StatusChange change : order.history()) {
            history.addObject().put("at", change.at().toString()).put("estatus", change.estatus())
                    .put("comentario", change.comentario()).put("by", change.by());
        }
        data.orders().guide(order.id()).ifPresentOrElse(guide -> node.putObject("guide")
                .put("id", guide.id()).put("guia", guide.guia()).put("mensajeria", guide.mensajeria())
                .put("estatus", guide.estatus()).put("label", guide.label()), () -> node.putNull("guide"));
        return node;
    }

    static ObjectNode request(LoggedRequest entry) {
        ObjectNode node = NODES.objectNode();
        node.put("seq", entry.seq());
        node.put("at", entry.at().toString());
        node.put("verb", entry.verb());
        node.put("controller", entry.controller());
        node.put("section", entry.section());
        node.put("status", entry.status());
        ObjectNode params = node.putObject("params");
        entry.params().forEach(params::put);
        strings(node.putArray("skus"), entry.skus());
        ArrayNode columns = node.putArray("columns");
        entry.columns().forEach(item -> strings(columns.addArray(), item));
        node.put("error", entry.error());
        node.put("micros", entry.micros());
        ArrayNode ids = node.putArray("productIds");
        entry.targets().productIds().forEach(ids::add);
        ArrayNode pairs = node.putArray("productMarkets");
        entry.targets().productMarkets().forEach(pair -> pairs.addObject().put("productId", pair.productId())
                .put("marketId", pair.marketId()));
        return node;
    }

    private static ArrayNode attributes(List<Attribute> attributes) {
        ArrayNode array = NODES.arrayNode();
        attributes.forEach(a -> array.addObject().put("atributo", a.atributo()).put("valor", a.valor()));
        return array;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
