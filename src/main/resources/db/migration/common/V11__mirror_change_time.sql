-- mirror_sequence.last_changed_at: the time of the entity's last change, read and written while its sequence row
-- is locked. Each new change is at least one microsecond after it, so changed_at is unique and increasing per
-- entity (in change_seq order): a sync client that only remembers a time (last_sync) can continue exactly after
-- the last record it received, even when a whole page was written in one transaction.
ALTER TABLE mirror_sequence ADD COLUMN last_changed_at TIMESTAMP WITH TIME ZONE;

UPDATE mirror_sequence SET last_changed_at =
    (SELECT MAX(r.changed_at) FROM mirror_record r WHERE r.entity = mirror_sequence.entity);
