-- Counting the live records of an entity (the progress log every hub.progress.period, the sync status) read every
-- row's payload: with (entity, deleted) indexed the count reads the index only.
CREATE INDEX mirror_record_live ON mirror_record (entity, deleted);
