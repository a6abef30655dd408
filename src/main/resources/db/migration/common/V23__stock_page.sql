-- stock_page: the fingerprint (SHA-256 of the answer's text) of each page of stock_availables as the stock poll last
-- read and saved it. A page whose text is the same again needs no parsing and no comparing: its lines are in
-- stock_snapshot as they are in the store. Valid only while nothing else changed the snapshot: every other writer
-- (the product flow's stock lines, a confirmation, a clear, a deletion) deletes all rows, so the next poll compares
-- every page again.
CREATE TABLE stock_page (
    page_offset  INTEGER     NOT NULL,
    page_size    INTEGER     NOT NULL,
    line_count   INTEGER     NOT NULL,
    fingerprint  VARCHAR(64) NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (page_offset, page_size)
);
