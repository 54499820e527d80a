-- The matching writes each cart order's bucket once, in the same pass as its tally: the pairing
-- keeps the store order's source (no join back to orders for it), and the bucket index goes (the
-- lists read one reconciliation's rows and filter them; keeping the index up to date was a tenth of
-- the matching's time at a million orders).
ALTER TABLE recon_match ADD COLUMN store_source VARCHAR(10);
DROP INDEX recon_cart_bucket;
-- the timeline and the margin before 'from' read one reconciliation's orders by creation time
CREATE INDEX recon_cart_created ON recon_cart (recon_id, created_at);
