package io.cloudsync.hub.sandbox.marketsync;

import java.util.List;

/**
 * What a request touched besides SKUs: the MarketSync product ids (named in the body's {@code product_id}, or
 * owning a SKU the request named; distinct, in order) and, for items that name both, each product and marketplace
 * pair ({@code precios}, the publication actions), so a test can tell "no price for product X on market 4".
 */
public record RequestTargets(List<Long> productIds, List<ProductMarket> productMarkets) {

    public static final RequestTargets NONE = new RequestTargets(List.of(), List.of());

    public record ProductMarket(long productId, int marketId) {
    }

    public RequestTargets {
        productIds = List.copyOf(productIds);
        productMarkets = List.copyOf(productMarkets);
    }
}
