package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Category;
import io.cloudsync.hub.sandbox.marketsync.catalogue.CategoryAttribute;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.Attribute;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumns;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.Availability;
import io.cloudsync.hub.sandbox.marketsync.store.SellerMarkets;
import java.util.Locale;
import java.util.Optional;

/**
 * Products as MarketSync's GET answers show them (the shape of the product controller's documentation): every
 * number as a string, dimensions with two decimals, weights with three, prices with four.
 */
final class ProductJson {

    static final String CLIENTE_ID = "1005";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalogue catalogue;
    private final SellerMarkets sellerMarkets;
    private final Availability availability;

    ProductJson(Catalogue catalogue, SellerMarkets sellerMarkets, Availability availability) {
        this.catalogue = catalogue;
        this.sellerMarkets = sellerMarkets;
        this.availability = availability;
    }

    ObjectNode product(Product product) {
        ProductColumns c = product.columns();
        Optional<Category> category = catalogue.category(product.categoryId());
        Optional<MarketListing> firstPriced = product.markets().stream().filter(MarketListing::priced).findFirst();
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(product.id()));
        node.put("cliente_id", CLIENTE_ID);
        node.put("nombre", c.text(ProductColumn.NOMBRE));
        node.put("descripcion", c.text(ProductColumn.DESCRIPCION));
        node.put("ficha", c.text(ProductColumn.FICHA));
        node.put("alto", decimals(c, ProductColumn.ALTO, 2));
        node.put("ancho", decimals(c, ProductColumn.ANCHO, 2));
        node.put("largo", decimals(c, ProductColumn.LARGO, 2));
        node.put("peso", decimals(c, ProductColumn.PESO, 3));
        node.put("precio", firstPriced.map(l -> Money.twoDecimals(l.precio())).orElse("0.00"));
        node.put("oferta", firstPriced.map(l -> Money.twoDecimals(l.oferta())).orElse("0.00"));
        node.put("stock", Integer.toString(product.totalStock()));
        node.put("sku", product.sku());
        node.put("dias_embarque", c.text(ProductColumn.DIAS_EMBARQUE));
        node.put("categoria", category.map(Category::ruta).orElse(""));
        node.put("filtro", "");
        node.put("marca", c.text(ProductColumn.MARCA));
        node.put("categoria_id", c.text(ProductColumn.CATEGORIA_ID));
        node.put("filtro_id", c.get(ProductColumn.FILTRO_ID) == null ? "0" : c.get(ProductColumn.FILTRO_ID));
        node.put("marca_id", brandId(c.text(ProductColumn.MARCA)));
        node.put("etiquetas", c.text(ProductColumn.ETIQUETAS));
        node.put("etiquetas_web", c.text(ProductColumn.ETIQUETAS_WEB));
        node.put("modelo", c.text(ProductColumn.MODELO));
        node.put("activo", activeAnywhere(product) ? "1" : "0");
        node.put("fecha", MexicoCityTime.shown(product.updatedAt()));
        node.set("precios", precios(product));
        node.set("markets", markets(product));
        node.set("atributos", atributos(product, category));
        node.put("origen", c.text(ProductColumn.ORIGEN));
        node.put("warranty", c.text(ProductColumn.WARRANTY));
        node.put("listing_type_id", c.text(ProductColumn.LISTING_TYPE_ID));
        node.put("p_condition", "new");
        node.put("nombre_modelo", c.text(ProductColumn.NOMBRE_MODELO));
        node.put("palto", decimals(c, ProductColumn.PALTO, 2));
        node.put("pancho", decimals(c, ProductColumn.PANCHO, 2));
        node.put("plargo", decimals(c, ProductColumn.PLARGO, 2));
        node.put("ppeso", decimals(c, ProductColumn.PPESO, 3));
        node.put("color", c.text(ProductColumn.COLOR));
        node.put("base", c.text(ProductColumn.BASE));
        node.put("taxcode", c.text(ProductColumn.TAXCODE));
        node.put("date_created", c.text(ProductColumn.DATE_CREATED));
        ArrayNode variaciones = node.putArray("variaciones");
        product.variations().forEach(v -> variaciones.add(variation(product, v)));
        return node;
    }

    ObjectNode variation(Product product, Variation v) {
        String fecha = MexicoCityTime.shown(product.updatedAt());
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(v.id()));
        node.put("cliente_id", CLIENTE_ID);
        node.put("sku", v.sku());
        node.put("product_id", Long.toString(product.id()));
        node.put("stock", Integer.toString(v.stock()));
        node.put("base", v.base());
        node.put("color", v.color());
        node.put("talla", v.talla());
        node.put("gtin", v.gtin());
        node.put("teorico", Integer.toString(availability.teorico(v)));
        ArrayNode images = node.putArray("imagen");
        for (int slot = 1; slot <= v.images().size(); slot++) {
            String url = v.images().get(slot - 1);
            if (!url.isEmpty()) {
                images.add(resource(product, v, v.id() * 20 + slot, slot, 1, url, fecha));
            }
        }
        ArrayNode bullets = node.putArray("bullet");
        for (int slot = 1; slot <= v.bullets().size(); slot++) {
            String text = v.bullets().get(slot - 1);
            if (!text.isEmpty()) {
                bullets.add(resource(product, v, v.id() * 20 + 10 + slot, 100 + slot, 4, text, fecha));
            }
        }
        if (v.video().isEmpty()) {
            node.putNull("video");
        } else {
            node.set("video", resource(product, v, v.id() * 20 + 19, 99, 2, v.video(), fecha));
        }
        ArrayNode atributos = node.putArray("atributos");
        Optional<Category> category = catalogue.category(product.categoryId());
        for (int i = 0; i < v.atributos().size(); i++) {
            Attribute a = v.atributos().get(i);
            ObjectNode attribute = atributos.addObject();
            attribute.put("id", Long.toString(v.id() * 100 + i + 1));
            attribute.put("atributo", a.atributo());
            attribute.put("nombre", attributeName(category, a.atributo()));
            attribute.put("valor", a.valor());
        }
        return node;
    }

    /** GET/PUT stock: {@code {id, sku, modelo, skus:[{seller_sku, stock, teorico, color}]}}. */
    ObjectNode stock(Product product) {
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(product.id()));
        node.put("sku", product.sku());
        node.put("modelo", product.columns().text(ProductColumn.MODELO));
        ArrayNode skus = node.putArray("skus");
        for (Variation v : product.variations()) {
            ObjectNode entry = skus.addObject();
            entry.put("seller_sku", v.sku());
            entry.put("stock", Integer.toString(v.stock()));
            entry.put("teorico", Integer.toString(availability.teorico(v)));
            entry.put("color", v.color());
        }
        return node;
    }

    /** GET/PUT precios: {@code {id, sku, modelo, nombre, precios:[{market_id, market, precio, oferta}]}}. */
    ObjectNode prices(Product product) {
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(product.id()));
        node.put("sku", product.sku());
        node.put("modelo", product.columns().text(ProductColumn.MODELO));
        node.put("nombre", product.columns().text(ProductColumn.NOMBRE));
        ArrayNode precios = node.putArray("precios");
        for (MarketListing listing : product.markets()) {
            if (listing.priced()) {
                ObjectNode entry = precios.addObject();
                entry.put("market_id", Integer.toString(listing.marketId()));
                entry.put("market", marketName(listing.marketId()));
                entry.put("precio", Money.fourDecimals(listing.precio()));
                entry.put("oferta", Money.fourDecimals(listing.oferta()));
            }
        }
        return node;
    }

    private ArrayNode precios(Product product) {
        ArrayNode precios = NODES.arrayNode();
        for (MarketListing listing : product.markets()) {
            ObjectNode entry = precios.addObject();
            entry.put("id", Integer.toString(listing.marketId()));
            entry.put("market", marketName(listing.marketId()));
            entry.put("precio", Money.fourDecimals(Math.max(0, listing.precio())));
            entry.put("oferta", Money.fourDecimals(Math.max(0, listing.oferta())));
            entry.put("estado", listing.state().action());
        }
        return precios;
    }

    private ArrayNode markets(Product product) {
        ArrayNode markets = NODES.arrayNode();
        for (MarketListing listing : product.markets()) {
            if (!listing.published()) {
                continue;
            }
            Market market = catalogue.market(listing.marketId()).orElseThrow();
            ObjectNode entry = markets.addObject();
            entry.put("market_id", Integer.toString(market.id()));
            entry.put("market", market.market());
            entry.put("market_sku", listing.marketSku());
            entry.put("referencia", market.listingUrlOf(listing.marketSku()));
            entry.put("activo", active(listing) ? "1" : "0");
            entry.put("fecha", MexicoCityTime.shown(listing.publishedAt()));
        }
        return markets;
    }

    private ArrayNode atributos(Product product, Optional<Category> category) {
        ArrayNode atributos = NODES.arrayNode();
        for (int i = 0; i < product.atributos().size(); i++) {
            Attribute a = product.atributos().get(i);
            ObjectNode entry = atributos.addObject();
            entry.put("id", Long.toString(product.id() * 100 + i + 1));
            entry.put("atributo", a.atributo());
            entry.put("nombre", attributeName(category, a.atributo()));
            entry.put("product_id", Long.toString(product.id()));
            entry.put("atributo_id", a.atributo());
            entry.put("valor", a.valor());
            entry.put("up2date", "1");
        }
        return atributos;
    }

    private ObjectNode resource(Product product, Variation v, long id, int orden, int recurso, String url,
                                String fecha) {
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(id));
        node.put("cliente_id", CLIENTE_ID);
        node.put("sku_cte", v.sku());
        node.put("product_id", Long.toString(product.id()));
        node.put("orden", Integer.toString(orden));
        node.put("recurso_id", Integer.toString(recurso));
        node.put("url", url);
        node.put("fecha", fecha);
        return node;
    }

    /** A listing is live when published, its marketplace enabled by the seller and the product not suspended there. */
    private boolean active(MarketListing listing) {
        return listing.published() && sellerMarkets.enabled(listing.marketId())
                && listing.state() != PublicationState.SUSPENDER;
    }

    private boolean activeAnywhere(Product product) {
        return product.markets().stream().anyMatch(this::active);
    }

    private String marketName(int marketId) {
        return catalogue.market(marketId).map(Market::market).orElse("?");
    }

    private static String attributeName(Optional<Category> category, String atributo) {
        return category.flatMap(c -> c.attribute(atributo)).map(CategoryAttribute::nombre).orElse(atributo);
    }

    private static String decimals(ProductColumns columns, ProductColumn column, int scale) {
        String value = columns.get(column);
        long whole = value == null || value.isEmpty() ? 0 : Long.parseLong(value);
        return whole + "." + "0".repeat(scale);
    }

    /** MarketSync keeps brands in a table of its own; a stable number per brand name stands in for its id. */
    private static String brandId(String marca) {
        return marca.isEmpty() ? "0" : Integer.toString(20_000 + Math.floorMod(
                marca.toLowerCase(Locale.ROOT).hashCode(), 80_000));
    }
}
