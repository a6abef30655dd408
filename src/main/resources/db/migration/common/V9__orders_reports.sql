-- Report tables: one row per mirrored order and one per order line, written in the same transaction as the
-- order's mirror record (so reports and the mirror never disagree) and pruned with it after hub.reports.retention.
-- Amounts are in the shop's default currency (the order's amounts divided by its conversion_rate), tax
-- included and excluded kept apart. placed_at is the instant the order was placed; placed_date its shop-local
-- calendar day (PS_TIMEZONE, daylight saving included), which day, week and month figures group by.
-- counts_as_sale is false for orders whose current state is cancelled, refunded or a payment error.
CREATE TABLE report_order (
    order_id             BIGINT        NOT NULL PRIMARY KEY,
    reference            VARCHAR(64),
    customer_id          BIGINT        NOT NULL,
    state_id             BIGINT        NOT NULL,
    paid                 BOOLEAN       NOT NULL,
    shipped              BOOLEAN       NOT NULL,
    delivered            BOOLEAN       NOT NULL,
    cancelled            BOOLEAN       NOT NULL,
    refunded             BOOLEAN       NOT NULL,
    payment_error        BOOLEAN       NOT NULL,
    counts_as_sale       BOOLEAN       NOT NULL,
    placed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_local         TIMESTAMP     NOT NULL,
    placed_date          DATE          NOT NULL,
    currency             VARCHAR(8),
    conversion_rate      DECIMAL(20,6) NOT NULL,
    products_tax_incl    DECIMAL(20,6) NOT NULL,
    products_tax_excl    DECIMAL(20,6) NOT NULL,
    shipping_tax_incl    DECIMAL(20,6) NOT NULL,
    shipping_tax_excl    DECIMAL(20,6) NOT NULL,
    discounts_tax_incl   DECIMAL(20,6) NOT NULL,
    discounts_tax_excl   DECIMAL(20,6) NOT NULL,
    paid_tax_incl        DECIMAL(20,6) NOT NULL,
    paid_tax_excl        DECIMAL(20,6) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- sales by day/week/month: sales in a date range
CREATE INDEX report_order_sales ON report_order (counts_as_sale, placed_date);
-- product performance: sales since a date, then their lines
CREATE INDEX report_order_placed ON report_order (placed_at);
-- customer analytics: each customer's orders
CREATE INDEX report_order_customer ON report_order (customer_id, counts_as_sale);

CREATE TABLE report_order_line (
    order_id             BIGINT        NOT NULL,
    line_no              INTEGER       NOT NULL,
    line_id              BIGINT        NOT NULL,
    product_id           BIGINT        NOT NULL,
    combination_id       BIGINT        NOT NULL,
    sku                  VARCHAR(128),
    name                 VARCHAR(512),
    quantity             INTEGER       NOT NULL,
    total_tax_incl       DECIMAL(20,6) NOT NULL,
    total_tax_excl       DECIMAL(20,6) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE INDEX report_order_line_product ON report_order_line (product_id, order_id);
