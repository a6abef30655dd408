-- A delivery resolves the dead letters of the keys it delivered (sink + message key IN (...)). Without an index
-- led by message_key both databases went through every letter of the sink for each key list: with the thousands of
-- letters a large catalogue can leave, that was a scan of all of them for every 500 products delivered.
CREATE INDEX dead_letter_message ON dead_letter (message_key, sink);
