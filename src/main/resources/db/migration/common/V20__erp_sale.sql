-- erp_sale: the Tryton sale (sale.sale) each purchase became (routes/erp-tryton-orders.camel.yaml). One row per
-- sale reference: "<market> <marketplace reference>" for a marketplace order and the store order imported from it,
-- "store <store order reference>" for a plain store order. Written BEFORE the sale is created (state sending,
-- no sale id), so a crash between Tryton's create and this bookkeeping is found by the look-up of the sale by its
-- reference, never created twice; then created (sale id known), confirmed (quoted and confirmed), cancelled (the
-- purchase was cancelled and the sale with it, or there was no sale to cancel): each cancellation happens once.
-- order_key names the order that wrote the row last ("store-order 12", "marketplace-order 345").
CREATE TABLE erp_sale (
    reference   VARCHAR(255)  NOT NULL PRIMARY KEY,
    sale_id     BIGINT,
    state       VARCHAR(16)   NOT NULL,
    order_key   VARCHAR(64)   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
