-- marketsync_stock_cutoff: MarketSync's one account-wide stock cut-off date (POST stock {update_stock}) as the hub
-- knows it; one row (id 1). current_cutoff: the date MarketSync applies; pending_cutoff: a later date being moved
-- to (stock figures are computed for it until MarketSync confirms it). See io.cloudsync.hub.marketsync.stock.
CREATE TABLE marketsync_stock_cutoff (
    id              INTEGER NOT NULL PRIMARY KEY,
    current_cutoff  TIMESTAMP WITH TIME ZONE,
    pending_cutoff  TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- marketplace_order_import: one row per line of a marketplace order (MarketSync pedidos), written by the
-- marketplace-order import. The stock figures sent to MarketSync add the units of the rows registered after the
-- cut-off that the store already holds; the cut-off moves only past rows that are imported.
--   registered_at  when MarketSync registered the order: the time it compares with the cut-off (its Mexico City
--                  wall-clock time converted to an instant), set when the order is first seen
--   imported_at    the hub's clock, written only AFTER the store created the order (so a stock count read later
--                  holds its decrement); NULL while the store does not hold it
--   cancelled_at   written BEFORE the store order is cancelled (its stock given back); a cancelled row no longer
--                  counts, whether MarketSync still deducts it or not
CREATE TABLE marketplace_order_import (
    marketsync_order_id BIGINT       NOT NULL,
    line_id             BIGINT       NOT NULL,
    market_id           BIGINT       NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sku                 VARCHAR(64)  NOT NULL,
    units               INTEGER      NOT NULL,
    store_order_id      BIGINT,
    imported_at         TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (marketsync_order_id, line_id)
);
CREATE INDEX marketplace_order_import_sku ON marketplace_order_import (sku, registered_at);
CREATE INDEX marketplace_order_import_registered ON marketplace_order_import (registered_at);
