package io.cloudsync.hub.sandbox.store.model;

import java.util.Arrays;
import java.util.Optional;

/** The multi-language fields of a product, by their webservice names. */
public enum ProductTextField {
    NAME("name"),
    DESCRIPTION("description"),
    DESCRIPTION_SHORT("description_short"),
    LINK_REWRITE("link_rewrite"),
    META_TITLE("meta_title"),
    META_DESCRIPTION("meta_description"),
    META_KEYWORDS("meta_keywords"),
    AVAILABLE_NOW("available_now"),
    AVAILABLE_LATER("available_later"),
    DELIVERY_IN_STOCK("delivery_in_stock"),
    DELIVERY_OUT_STOCK("delivery_out_stock");

    private final String webserviceName;

    ProductTextField(String webserviceName) {
        this.webserviceName = webserviceName;
    }

    public String webserviceName() {
        return webserviceName;
    }

    public static Optional<ProductTextField> byName(String name) {
        return Arrays.stream(values()).filter(field -> field.webserviceName.equals(name)).findFirst();
    }
}
