-- What the hub told the marketplaces about the store orders it imported from them (issue 10, status back).
-- One row per MarketSync order and store order change (shipped, delivered, cancelled): the change is dealt with
-- once, across restarts and redeliveries. estatus is the word sent with PUT pedidos (NULL: the order's market has
-- no word for that change, nothing was sent). sent_at is NULL while the call's outcome is unknown (claimed before
-- the call): a later try first asks MarketSync whether the order already shows that word.
CREATE TABLE marketplace_status_sent (
    marketsync_order_id  BIGINT       NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    estatus              VARCHAR(30),
    sent_at              TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (marketsync_order_id, status)
);

-- The marketplaces' shipping labels (GET guias) put onto the store orders: once per guide.
CREATE TABLE marketplace_guide_applied (
    marketsync_order_id  BIGINT       NOT NULL,
    guide_id             BIGINT       NOT NULL,
    tracking_number      VARCHAR(64),
    applied_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (marketsync_order_id, guide_id)
);
