-- stock_id: the store's id of the stock_availables line. The stock poll reads only each line's id and quantity and
-- finds the line's product and combination here; a line it does not find is read whole by its id. Empty for lines
-- saved before this column (the stock poll's pass of the whole fields after a start fills them).
ALTER TABLE stock_snapshot ADD COLUMN stock_id BIGINT;
CREATE INDEX stock_snapshot_stock_id ON stock_snapshot (stock_id);
