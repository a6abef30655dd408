-- TEST FIXTURE ONLY: the import ledger of marketplace orders created in the store. The real table and its
-- migration come with the marketplace-order import (issue 10 item 2); delete this file when that is merged.
CREATE TABLE IF NOT EXISTS store_order_import (
    marketsync_order_id  BIGINT       NOT NULL PRIMARY KEY,
    market_id            BIGINT       NOT NULL,
    referencia           VARCHAR(30)  NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    id_cart              BIGINT,
    id_order             BIGINT,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
