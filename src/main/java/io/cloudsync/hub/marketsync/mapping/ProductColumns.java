package io.cloudsync.hub.marketsync.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MarketSync product's columns, one component per column of the seed's table and in its order.
 * {@code categoriaId} is {@code null} when no category could be chosen; {@code dateCreated} is empty when the
 * store gave no creation date.
 */
public record ProductColumns(
        String nombre,
        String descripcion,
        String ficha,
        int alto,
        int ancho,
        int largo,
        int peso,
        String sku,
        int diasEmbarque,
        Long categoriaId,
        long filtroId,
        String marca,
        String etiquetas,
        String modelo,
        String listingTypeId,
        String warranty,
        String nombreModelo,
        int origen,
        String color,
        String base,
        int palto,
        int pancho,
        int plargo,
        int ppeso,
        String etiquetasWeb,
        String taxcode,
        String dateCreated,
        List<AttributeValue> atributos) {

    public ProductColumns {
        atributos = List.copyOf(atributos);
    }

    /**
     * The columns by MarketSync name, in the seed's order: the body of a POST (with {@code atributos} as
     * {@code [{atributo_id, valor}]}) and what the ledger keeps to diff against.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nombre", nombre);
        map.put("descripcion", descripcion);
        map.put("ficha", ficha);
        map.put("alto", alto);
        map.put("ancho", ancho);
        map.put("largo", largo);
        map.put("peso", peso);
        map.put("sku", sku);
        map.put("dias_embarque", diasEmbarque);
        map.put("categoria_id", categoriaId);
        map.put("filtro_id", filtroId);
        map.put("marca", marca);
        map.put("etiquetas", etiquetas);
        map.put("modelo", modelo);
        map.put("listing_type_id", listingTypeId);
        map.put("warranty", warranty);
        map.put("nombre_modelo", nombreModelo);
        map.put("origen", origen);
        map.put("color", color);
        map.put("base", base);
        map.put("palto", palto);
        map.put("pancho", pancho);
        map.put("plargo", plargo);
        map.put("ppeso", ppeso);
        map.put("etiquetas_web", etiquetasWeb);
        map.put("taxcode", taxcode);
        map.put("date_created", dateCreated);
        map.put("atributos", atributos.stream().map(a -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("atributo_id", a.key());
            item.put("valor", a.value());
            return item;
        }).toList());
        return map;
    }
}
