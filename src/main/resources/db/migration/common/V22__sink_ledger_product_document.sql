-- sink_ledger.aspects: MarketSync keeps one row per product (sink "marketsync", key the SKU, parent the store id);
-- aspects is a JSON object of everything MarketSync accepted for it (aspect key -> the aspect's canonical JSON:
-- "product", "variation:<SKU>", "stock:<SKU>", "price:<market id>", and "publication:<market id>" -> the state the
-- hub last sent). It replaces the rows of the sinks marketsync.variation, marketsync.stock, marketsync.price and
-- marketsync.publication: the hub reads those for a product whose row has no document yet, and deletes them when
-- it writes the product's row (io.cloudsync.hub.marketsync.sink.ProductLedger).
ALTER TABLE sink_ledger ADD COLUMN aspects VARCHAR(1000000);

-- marketsync_variation: the product SKU of each variation SKU whose stock MarketSync accepted (the "stock:<SKU>"
-- keys of the product's document), for the stock cut-off, which starts from the SKUs of marketplace sales.
CREATE TABLE marketsync_variation (
    sku          VARCHAR(128) NOT NULL PRIMARY KEY,
    product_sku  VARCHAR(128) NOT NULL
);
CREATE INDEX marketsync_variation_product ON marketsync_variation (product_sku);

INSERT INTO marketsync_variation (sku, product_sku)
    SELECT item_key, parent_key FROM sink_ledger WHERE sink = 'marketsync.stock' AND parent_key IS NOT NULL;
