package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.marketsync.mapping.MarketPrice;
import io.cloudsync.hub.marketsync.mapping.MarketSyncColumns;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.marketsync.sink.ProductPlan.Mode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What each stage of a {@link MarketSyncRun} sends for the run's products: the bodies of its calls, item by item,
 * before the batcher groups them. Each product's {@link Publication} holds back what its markets' states refuse
 * (a product created in this run is sent whole: MarketSync reported no state for it yet). What is held back is not
 * recorded, so it goes out once a market takes it again.
 */
final class StageItems {

    private final List<ProductPlan> plans;
    /** A product whose only changes MarketSync cannot take: nothing to send, but the ledger records it. */
    private final Consumer<ProductPlan> unchangedButRecorded;

    StageItems(List<ProductPlan> plans, Consumer<ProductPlan> unchangedButRecorded) {
        this.plans = plans;
        this.unchangedButRecorded = unchangedButRecorded;
    }

    List<SinkRequest.Item> creates() {
        return plans.stream().filter(ProductPlan::needsCreate)
                .map(p -> new SinkRequest.Item(p, p.mapped().product().asMap())).toList();
    }

    private List<ProductPlan> select(Mode... modes) {
        return plans.stream().filter(p -> p.active(modes)).toList();
    }

    /**
     * Whose state MarketSync must be asked for: products the ledger does not know, products to remove, and known
     * products, whose publication state per market decides what may be sent (and whose new variations a crash
     * may have left created but not recorded). One batched look-up per run: the states are read once per run. A
     * known product with nothing to send and no state to drive needs none (a reconcile pass costs no call).
     */
    static boolean needsLookup(ProductPlan plan) {
        return plan.active(Mode.CREATE_OR_FIND, Mode.REMOVE) || plan.active(Mode.UPDATE)
                && (!plan.diff().isEmpty() || plan.intent().mayChange());
    }

    /** Whether the product's columns and variations may be sent: created now, or a market takes content. */
    private static boolean contentGoes(ProductPlan plan) {
        return createdNow(plan) || plan.publication().takesContent();
    }

    /** Created in this run: everything about it is new. */
    private static boolean createdNow(ProductPlan plan) {
        return plan.mode() == Mode.CREATE_OR_FIND && plan.remoteId() != null;
    }

    List<SinkRequest.Item> updates() {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.UPDATE, Mode.FULL)) {
            if (!contentGoes(plan)) {
                continue;
            }
            Map<String, Object> columns = new LinkedHashMap<>();
            if (plan.mode() == Mode.FULL) {
                Map<String, Object> all = plan.mapped().product().asMap();
                MarketSyncColumns.UPDATABLE.forEach(column -> columns.put(column, all.get(column)));
            } else {
                columns.putAll(plan.diff().updatableColumns());
                if (!plan.diff().nonUpdatableColumns().isEmpty()) {
                    plan.warn("MarketSync does not let " + String.join(", ", plan.diff().nonUpdatableColumns().keySet())
                            + " change after creation; the store now has " + plan.diff().nonUpdatableColumns()
                            + ". The other changes were sent; map the value back, or delete and recreate the product"
                            + " in MarketSync.");
                }
            }
            if (columns.isEmpty()) {
                if (!plan.diff().nonUpdatableColumns().isEmpty()) {
                    unchangedButRecorded.accept(plan);
                }
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("product_id", productId(plan));
            body.putAll(columns);
            items.add(new SinkRequest.Item(plan, body));
        }
        return items;
    }

    List<SinkRequest.Item> variationItems(boolean create) {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.CREATE_OR_FIND, Mode.UPDATE, Mode.FULL)) {
            if (plan.remoteId() == null || !contentGoes(plan)) {
                continue;
            }
            for (VariationColumns variation : plan.mapped().variations()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("product_id", productId(plan));
                if (create) {
                    if (!postNow(plan, variation)) {
                        continue;
                    }
                    body.putAll(variation.asMap());
                } else if (plan.remoteVariations().contains(variation.sku()) && !knownToLedger(plan, variation)) {
                    body.putAll(variation.withoutStock());
                } else {
                    ProductDiff.VariationChange change = plan.mode() != Mode.UPDATE ? null
                            : plan.diff().changedVariations().stream().filter(c -> c.sku().equals(variation.sku()))
                                    .findFirst().orElse(null);
                    if (change == null) {
                        continue;
                    }
                    body.put("sku", variation.sku());
                    body.putAll(change.changedColumns());
                }
                items.add(new SinkRequest.Item(plan, body));
            }
        }
        return items;
    }

    /** A variation to create: the whole product is new, or MarketSync does not have this variation. */
    private static boolean postNow(ProductPlan plan, VariationColumns variation) {
        return switch (plan.mode()) {
            case CREATE_OR_FIND -> createdNow(plan);
            case FULL -> !plan.remoteVariations().contains(variation.sku());
            case UPDATE -> !knownToLedger(plan, variation) && !plan.remoteVariations().contains(variation.sku());
            default -> false;
        };
    }

    /** Whether the ledger holds what MarketSync last accepted for this variation (so a diff is meaningful). */
    private static boolean knownToLedger(ProductPlan plan, VariationColumns variation) {
        return plan.mode() == Mode.UPDATE
                && plan.diff().newVariations().stream().noneMatch(v -> v.sku().equals(variation.sku()));
    }

    List<SinkRequest.Item> removedVariations() {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.UPDATE)) {
            if (!contentGoes(plan)) {
                continue;
            }
            for (String sku : plan.diff().removedVariations()) {
                items.add(new SinkRequest.Item(plan, ordered("product_id", productId(plan), "sku", sku)));
            }
        }
        return items;
    }

    List<SinkRequest.Item> stockItems() {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.UPDATE, Mode.FULL)) {
            if (!plan.publication().takesStock()) {
                continue;
            }
            for (VariationColumns variation : plan.mapped().variations()) {
                boolean send = plan.mode() == Mode.FULL ? plan.remoteVariations().contains(variation.sku())
                        : plan.diff().stock().containsKey(variation.sku()) && !postNow(plan, variation);
                if (send) {
                    items.add(new SinkRequest.Item(plan, ordered("product_id", productId(plan), "seller_sku",
                            variation.sku(), "stock", variation.stock())));
                }
            }
        }
        return items;
    }

    List<SinkRequest.Item> priceItems() {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.CREATE_OR_FIND, Mode.UPDATE, Mode.FULL)) {
            if (plan.remoteId() == null) {
                continue;
            }
            List<MarketPrice> prices = plan.mode() == Mode.UPDATE ? plan.diff().prices() : plan.mapped().prices();
            for (MarketPrice price : prices) {
                if (!plan.publication().takesPrice(price.marketId())) {
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("product_id", productId(plan));
                body.putAll(price.asMap());
                items.add(new SinkRequest.Item(plan, body));
            }
        }
        return items;
    }

    List<SinkRequest.Item> removals(boolean sellOut) {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.REMOVE)) {
            if (plan.remoteId() == null || plan.publishedMarkets().isEmpty() == sellOut) {
                continue;
            }
            if (sellOut) {
                plan.publishedMarkets().stream().filter(market -> plan.publication().takesPrice(market))
                        .forEach(market -> items.add(new SinkRequest.Item(plan,
                                ordered("product_id", productId(plan), "market_id", market))));
            } else {
                items.add(new SinkRequest.Item(plan, ordered("product_id", productId(plan))));
            }
        }
        return items;
    }
    /** The publication changes of one state ({@code suspender} or {@code publicar}) the products' plans drive. */
    List<SinkRequest.Item> publicationChanges(PublicationState state) {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (ProductPlan plan : select(Mode.CREATE_OR_FIND, Mode.UPDATE, Mode.FULL)) {
            if (plan.remoteId() == null) {
                continue;
            }
            plan.publication().changes().forEach((market, change) -> {
                if (change == state) {
                    items.add(new SinkRequest.Item(plan, ordered("product_id", productId(plan), "market_id", market)));
                }
            });
        }
        return items;
    }

    /** MarketSync's ids are numbers (its GET answers show them as strings). */
    private static Object productId(ProductPlan plan) {
        String id = plan.remoteId();
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
