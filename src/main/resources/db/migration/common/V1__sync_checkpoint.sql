-- sync_checkpoint: where each ingest flow (products, stock, orders, customers, reconcile...) stands.
-- synced_until is the checkpoint proper: the end of the last window read completely (shop-local time in
-- zone_id, because the store filters date_upd in its own clock). While a window is in progress
-- window_start/window_end hold it and window_offset counts the records already written and delivered, so a
-- restart resumes inside the window instead of re-reading it. Hub-clock times are TIMESTAMP WITH TIME ZONE.
CREATE TABLE sync_checkpoint (
    entity          VARCHAR(64)  NOT NULL PRIMARY KEY,
    synced_until    TIMESTAMP,
    window_start    TIMESTAMP,
    window_end      TIMESTAMP,
    window_offset   INTEGER      DEFAULT 0 NOT NULL,
    zone_id         VARCHAR(64),
    status          VARCHAR(16)  NOT NULL,
    last_success_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(4000),
    last_error_at   TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
