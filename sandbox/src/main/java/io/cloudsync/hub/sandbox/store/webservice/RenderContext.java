package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.PriceRequest;
import java.util.List;
import java.util.Map;

/**
 * What one request renders with: the languages asked ({@code language=} or all), the computed-price aliases
 * ({@code price[alias][...]}), the shop, its clock and its version read once, and the API's own URL for links.
 */
record RenderContext(SandboxShop shop, List<Language> languages, Map<String, PriceRequest> prices, long wallNow,
                     String apiUrl, long version) {

    RenderContext {
        languages = List.copyOf(languages);
        prices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prices));
    }
}
