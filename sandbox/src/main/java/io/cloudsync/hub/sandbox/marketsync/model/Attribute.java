package io.cloudsync.hub.sandbox.marketsync.model;

/** An attribute value of a product or a variation: {@code atributo} is the key (BRAND, SIZE…), {@code valor} the value. */
public record Attribute(String atributo, String valor) {

    public Attribute {
        atributo = SharedText.of(atributo);
        valor = SharedText.of(valor);
    }
}
