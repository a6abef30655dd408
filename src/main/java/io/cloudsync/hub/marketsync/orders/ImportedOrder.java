package io.cloudsync.hub.marketsync.orders;

/**
 * A marketplace order the hub created in the store (a row of the import ledger {@code store_order_import}).
 *
 * @param marketSyncOrderId MarketSync's order id
 * @param marketId          the MarketSync market id of the order's marketplace
 * @param referencia        the order number on the marketplace: what {@code PUT pedidos} names
 * @param storeOrderId      the PrestaShop order ({@code id_order})
 * @param storeCartId       the PrestaShop cart it was made from ({@code id_cart})
 */
public record ImportedOrder(long marketSyncOrderId, long marketId, String referencia, long storeOrderId,
                            long storeCartId) {
}
