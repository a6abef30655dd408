-- store_order_import: one row per MarketSync order the hub brings into the store, written BEFORE each write to the
-- store, so that a crash anywhere (kill -9 included) resumes without a second order: state planned (nothing
-- written yet, or a customer/address whose id is kept here), cart-created (id_cart known: before creating the order
-- the hub looks it up with GET orders?filter[id_cart]), ordered (id_order known), cancelled (cancelled in the
-- store, or cancelled on the marketplace before it was ever created), dead (the store or the catalogue refused it;
-- its dead letter says why), marketplace-fulfilled (every line ships from the marketplace: nothing for the store).
-- The units per line and whether the store holds them are in marketplace_order_import (V14), which the same import
-- writes (seen, imported, cancelled) for the stock cut-off.
-- The same tables exist in db/migration/h2 and db/migration/postgresql (only one of them runs; they are equal).
CREATE TABLE store_order_import (
    marketsync_order_id  BIGINT        NOT NULL PRIMARY KEY,
    market_id            INTEGER       NOT NULL,
    referencia           VARCHAR(64)   NOT NULL,
    state                VARCHAR(32)   NOT NULL,
    id_customer          BIGINT,
    id_address           BIGINT,
    id_cart              BIGINT,
    id_order             BIGINT,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX store_order_import_state ON store_order_import (state);
