-- Open orders from the old system (step 4): where each order ships. Kept on the order itself so a
-- migrated order is one row to write and one row to undo; cart orders leave these NULL for now.
ALTER TABLE orders ADD COLUMN ship_to_name     VARCHAR(300);
ALTER TABLE orders ADD COLUMN ship_to_company  VARCHAR(300);
ALTER TABLE orders ADD COLUMN ship_to_address1 VARCHAR(500);
ALTER TABLE orders ADD COLUMN ship_to_address2 VARCHAR(500);
ALTER TABLE orders ADD COLUMN ship_to_city     VARCHAR(200);
ALTER TABLE orders ADD COLUMN ship_to_region   VARCHAR(200);
ALTER TABLE orders ADD COLUMN ship_to_postcode VARCHAR(50);
ALTER TABLE orders ADD COLUMN ship_to_country  VARCHAR(100);
ALTER TABLE orders ADD COLUMN ship_to_phone    VARCHAR(100);

-- What a committed file batch held, for status, undo and the audit: the format it was read as.
ALTER TABLE open_orders_batch ADD COLUMN file_format VARCHAR(20);

-- An identity hands out ids from a cache; each refill commits the sequence through H2's system
-- session, which flushes the store. With the default (32) that was a third of a 100,000-order import.
ALTER TABLE orders ALTER COLUMN id SET CACHE 4096;
