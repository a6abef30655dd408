package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Category;
import io.cloudsync.hub.sandbox.marketsync.catalogue.CategoryAttribute;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/categorias} ({@code ids}, {@code limit} default 250, {@code offset}) and
 * {@code GET /api/categorias/atributos/{id}}. As documented, asking for exactly one id answers
 * {@code {"result": {category}}} instead of an array.
 */
final class CategoriesController implements Controller {

    private static final Pattern ATTRIBUTES = Pattern.compile("atributos/(\\d{1,9})");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalogue catalogue;

    CategoriesController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "categorias";
    }

    @Override
    public boolean supports(String verb, String section) {
        return verb.equals("GET") && (section.isEmpty() || ATTRIBUTES.matcher(section).matches());
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Matcher attributes = ATTRIBUTES.matcher(request.section());
        if (attributes.matches()) {
            int id = Integer.parseInt(attributes.group(1));
            Category category = catalogue.category(id)
                    .orElseThrow(() -> ApiError.badRequest("Error invalid/missing field categoria [" + id + "]"));
            ArrayNode answer = NODES.arrayNode();
            category.atributos().forEach(a -> answer.add(attribute(a)));
            return new ApiResponse(answer);
        }
        List<Long> ids = request.idsParam("ids");
        if (ids.size() == 1) {
            Category category = catalogue.category(ids.get(0).intValue()).orElseThrow(
                    () -> ApiError.badRequest("Error invalid/missing field categoria [" + ids.get(0) + "]"));
            ObjectNode answer = NODES.objectNode();
            answer.set("result", category(category));
            return new ApiResponse(answer);
        }
        int limit = request.intParam("limit", 250, 1000);
        int offset = request.intParam("offset", 0, Integer.MAX_VALUE);
        ArrayNode answer = NODES.arrayNode();
        catalogue.categories().stream().filter(c -> ids.isEmpty() || ids.contains((long) c.id()))
                .skip(offset).limit(limit).forEach(c -> answer.add(category(c)));
        return new ApiResponse(answer);
    }

    private static ObjectNode category(Category category) {
        ObjectNode node = NODES.objectNode();
        node.put("id", Integer.toString(category.id()));
        node.put("categoria", category.categoria());
        node.put("ruta", category.ruta());
        node.put("permite_variacion", category.permiteVariacion() ? "1" : "0");
        node.putArray("filtros");
        return node;
    }

    private static ObjectNode attribute(CategoryAttribute a) {
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(a.id()));
        node.put("orden", Integer.toString(a.orden()));
        node.put("atributo", a.atributo());
        node.put("nombre", a.nombre());
        node.put("relevancia", Integer.toString(a.relevancia()));
        node.put("tipo_valor", a.tipoValor());
        node.put("tipo_long_max", Integer.toString(a.tipoLongMax()));
        node.put("variacion", Integer.toString(a.variacion()));
        ArrayNode valores = node.putArray("valores");
        for (int i = 0; i < a.valores().size(); i++) {
            ObjectNode value = valores.addObject();
            value.put("id", Long.toString(a.id() * 100 + i + 1));
            value.put("clave", Long.toString(a.id() * 100 + i + 1));
            value.put("valor", a.valores().get(i));
        }
        ArrayNode unidades = node.putArray("unidades");
        a.unidades().forEach(unidades::add);
        return node;
    }
}
