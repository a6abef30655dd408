-- stock_snapshot: the last quantity seen per (product, combination) in stock_availables, which carry no
-- timestamps; each poll is diffed against it. combination_id 0 is the product itself, as in PrestaShop.
CREATE TABLE stock_snapshot (
    product_id      BIGINT  NOT NULL,
    combination_id  BIGINT  DEFAULT 0 NOT NULL,
    quantity        INTEGER NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (product_id, combination_id)
);
