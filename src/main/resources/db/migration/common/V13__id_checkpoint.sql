-- id_checkpoint: where a flow that pages by its source's ids stands (the MarketSync order poll pages GET pedidos by
-- afterid): the highest id whose page was written to the mirror and handed to every sink. It moves only after a
-- page's change set was delivered, so after a crash the poll reads that page again (its unchanged orders make no
-- change). The flow's status and last error stay in sync_checkpoint under the same name.
CREATE TABLE id_checkpoint (
    flow        VARCHAR(64) NOT NULL PRIMARY KEY,
    last_id     BIGINT      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
