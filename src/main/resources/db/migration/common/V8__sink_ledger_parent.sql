-- sink_ledger.parent_key: the item an entry belongs to, so a sink can read all of it at once: the variation,
-- stock and price entries of a product point at the product's SKU, and a product entry points at the store id
-- it came from (so a reference changed in the store shows as a SKU to retire).
ALTER TABLE sink_ledger ADD COLUMN parent_key VARCHAR(128);

CREATE INDEX sink_ledger_parent ON sink_ledger (sink, parent_key);
