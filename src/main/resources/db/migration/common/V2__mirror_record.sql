-- mirror_record: the hub's copy of the store, one row per (entity, store id), holding the canonical JSON
-- and its content hash. change_seq is a per-entity number taken from mirror_sequence inside the writing
-- transaction while that entity's sequence row is locked, so numbers are handed out in commit order and
-- "entity = ? AND change_seq > cursor" is a stable cursor for the sync API. sync_action is what the last
-- change was (create, update, delete); a deleted record keeps its last payload.
CREATE TABLE mirror_sequence (
    entity    VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq  BIGINT      DEFAULT 0 NOT NULL
);

CREATE TABLE mirror_record (
    entity        VARCHAR(64)     NOT NULL,
    store_id      VARCHAR(64)     NOT NULL,
    sku           VARCHAR(128),
    content_hash  VARCHAR(64)     NOT NULL,
    payload       VARCHAR(1000000) NOT NULL,
    deleted       BOOLEAN         DEFAULT FALSE NOT NULL,
    sync_action   VARCHAR(8)      NOT NULL,
    change_seq    BIGINT          NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity, store_id)
);

CREATE UNIQUE INDEX mirror_record_cursor ON mirror_record (entity, change_seq);
CREATE INDEX mirror_record_sku ON mirror_record (entity, sku);
