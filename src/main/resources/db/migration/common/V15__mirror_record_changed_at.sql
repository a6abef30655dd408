-- The sync feed read with last_sync only (the CloudSync client's way) looks up the first change at or after that
-- time through this index, then reads along the cursor index (entity, change_seq) from there: an incremental sync
-- reads the changes since, not every older one. Stock changes make this the common path (a stock change
-- touches the product's record).
CREATE INDEX mirror_record_changed ON mirror_record (entity, changed_at, change_seq);
