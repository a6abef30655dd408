package io.cloudsync.hub.sandbox.marketsync.catalogue;

import java.util.List;

/**
 * One attribute of a category. {@code relevancia} 1 means mandatory; {@code variacion} 0 means it belongs to the
 * product, 1 to each variation (and is refused at product level).
 */
public record CategoryAttribute(long id, int orden, String atributo, String nombre, int relevancia, String tipoValor,
                                int tipoLongMax, int variacion, List<String> valores, List<String> unidades) {

    public CategoryAttribute {
        valores = List.copyOf(valores);
        unidades = List.copyOf(unidades);
    }

    public boolean mandatory() {
        return relevancia == 1;
    }

    public boolean ofVariation() {
        return variacion != 0;
    }
}
