-- The sales channel of each report order (sales by channel): the order's payment module and payment text, as the
-- store gives them. Orders whose module is hub.store.marketplace-payment-module are marketplace sales; the market is
-- named in the payment text. Rows written before this migration have neither: they count as the web shop's until
-- the order is read again (`./hub resync orders`).
ALTER TABLE report_order ADD COLUMN payment_module VARCHAR(64);
ALTER TABLE report_order ADD COLUMN payment VARCHAR(255);
