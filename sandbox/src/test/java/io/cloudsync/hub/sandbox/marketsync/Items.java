package io.cloudsync.hub.sandbox.marketsync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid MarketSync items to start from; tests break one rule at a time. */
final class Items {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** ROPA_BOLSAS_Y_CALZADO/PLAYERAS/PLAYERAS_PARA_HOMBRE: variations allowed, BRAND, MODEL, GENDER mandatory. */
    static final int T_SHIRTS = 7416;
    /** CELULARES_Y_TELEFONIA/EQUIPOS_DE_RADIOFRECUENCIA/PORTATILES: one variation per product. */
    static final int RADIOS = 2752;
    static final int AMAZON = 6;
    static final int MERCADO = 4;

    private Items() {
    }

    static ObjectNode product(String sku) {
        ObjectNode p = NODES.objectNode();
        p.put("nombre", "Playera estampada colibrí " + sku);
        p.put("descripcion", "Playera de algodón con estampado de colibrí");
        p.put("ficha", "Playera de manga corta, 100 % algodón, corte regular.");
        p.put("alto", 2);
        p.put("ancho", 30);
        p.put("largo", 40);
        p.put("peso", 1);
        p.put("sku", sku);
        p.put("dias_embarque", 2);
        p.put("categoria_id", T_SHIRTS);
        p.put("marca", "Studio Design");
        p.put("etiquetas", "playera,colibri,algodon");
        p.put("modelo", "demo_1");
        p.put("listing_type_id", "gold_special");
        p.put("warranty", "Garantía de fábrica: 30 días");
        p.put("origen", 484);
        p.put("color", "Blanco");
        p.put("base", "BLANCO");
        p.put("palto", 3);
        p.put("pancho", 31);
        p.put("plargo", 41);
        p.put("ppeso", 1);
        p.put("date_created", "2022-05-17T17:50:34");
        ArrayNode atributos = p.putArray("atributos");
        atributos.addObject().put("atributo_id", "BRAND").put("valor", "Studio Design");
        atributos.addObject().put("atributo_id", "MODEL").put("valor", "demo_1");
        atributos.addObject().put("atributo_id", "GENDER").put("valor", "Hombre");
        return p;
    }

    static ObjectNode variation(long productId, String sku) {
        ObjectNode v = NODES.objectNode();
        v.put("product_id", productId);
        v.put("sku", sku);
        v.put("stock", 10);
        v.put("color", "Blanco hueso");
        v.put("base", "BLANCO");
        v.put("talla", "M");
        v.put("gtin", "7501234567890");
        v.put("video", "");
        v.put("imagen1", "https://cdn.example.mx/img/" + sku + "-1.jpg");
        v.put("imagen2", "https://cdn.example.mx/img/" + sku + "-2.jpg");
        for (int i = 3; i <= 6; i++) {
            v.put("imagen" + i, "");
        }
        v.put("bullet1", "100 % algodón");
        ArrayNode atributos = v.putArray("atributos");
        atributos.addObject().put("atributo", "SIZE").put("valor", "M");
        atributos.addObject().put("atributo", "SELLER_SKU").put("valor", sku);
        return v;
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode array = NODES.arrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }
}
