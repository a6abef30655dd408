-- CAMEL_MESSAGEPROCESSED: camel-sql's JdbcMessageIdRepository table, exactly as Camel 4.18 names it (its
-- queries are unquoted, so PostgreSQL folds the name to lower case on both sides). Created here, with its
-- primary key, because the repository's own auto-create poisons a PostgreSQL transaction and a table
-- without the key slows to ~100 inserts/s. createdAt is written by Camel in the JVM's local time; the
-- index serves the retention clean-up (Camel never expires entries).
CREATE TABLE CAMEL_MESSAGEPROCESSED (
    processorName  VARCHAR(255) NOT NULL,
    messageId      VARCHAR(100) NOT NULL,
    createdAt      TIMESTAMP,
    PRIMARY KEY (processorName, messageId)
);

CREATE INDEX camel_messageprocessed_created ON CAMEL_MESSAGEPROCESSED (createdAt);
