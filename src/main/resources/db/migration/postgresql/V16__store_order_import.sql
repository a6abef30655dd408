-- store_order_import: one row per MarketSync order the hub brings into the store, written BEFORE each write to the
-- store, so that a crash anywhere (kill -9 included) resumes without a second order: state planned (nothing
-- written yet, or a customer/address whose id is kept here), cart-created (id_cart known: before creating the order
-- the hub looks it up with GET orders?filter[id_cart]), ordered (id_order known), cancelled (cancelled in the
-- store, or cancelled on the marketplace before it was ever created), dead (the store or the catalogue refused it;
-- its dead letter says why), marketplace-fulfilled (every line ships from the marketplace: nothing for the store).
-- store_order_import_line: the units per SKU of the lines the store order carries (what the stock cut-off logic
-- counts as marketplace units already in the store while the order is ordered).
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

CREATE TABLE store_order_import_line (
    marketsync_order_id  BIGINT        NOT NULL,
    sku                  VARCHAR(128)  NOT NULL,
    units                INTEGER       NOT NULL,
    PRIMARY KEY (marketsync_order_id, sku)
);

CREATE INDEX store_order_import_line_sku ON store_order_import_line (sku);
