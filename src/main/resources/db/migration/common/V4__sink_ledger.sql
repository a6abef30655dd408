-- sink_ledger: what each sink's target last accepted, per item key (a SKU or a variation SKU). A change
-- whose content hash equals content_hash is not sent again; remote_id says the item exists remotely (no
-- look-up before create needed). A sink that sends several aspects of one item through different
-- controllers (product, stock, prices) uses one sink name per aspect, e.g. "marketsync" and
-- "marketsync.stock". markets is a comma-separated list of the marketplaces the item is published on.
CREATE TABLE sink_ledger (
    sink          VARCHAR(64)      NOT NULL,
    item_key      VARCHAR(128)     NOT NULL,
    remote_id     VARCHAR(128),
    content_hash  VARCHAR(64),
    last_payload  VARCHAR(1000000),
    published     BOOLEAN          DEFAULT FALSE NOT NULL,
    markets       VARCHAR(512),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sink, item_key)
);

CREATE INDEX sink_ledger_remote_id ON sink_ledger (sink, remote_id);
