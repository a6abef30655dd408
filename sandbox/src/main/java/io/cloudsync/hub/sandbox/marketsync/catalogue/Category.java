package io.cloudsync.hub.sandbox.marketsync.catalogue;

import java.util.List;
import java.util.Optional;

/** A leaf of the category tree: {@code ruta} is the full path, {@code categoria} its last step in words. */
public record Category(int id, String categoria, String ruta, boolean permiteVariacion,
                       List<CategoryAttribute> atributos) {

    public Category {
        atributos = List.copyOf(atributos);
    }

    public Optional<CategoryAttribute> attribute(String atributo) {
        return atributos.stream().filter(a -> a.atributo().equals(atributo)).findFirst();
    }

    /** Product attributes ({@code variacion} 0) with {@code relevancia} 1: every product of the category needs them. */
    public List<CategoryAttribute> mandatoryProductAttributes() {
        return atributos.stream().filter(a -> a.mandatory() && !a.ofVariation()).toList();
    }
}
