-- Each run reads the shop's migrated orders (to tell them from the cart's own) and, on completing,
-- the newest cart order's time ('Last Order from'). Without an index on source both read every order
-- the store holds, at every run. One index serves both (source alone for the first, source and the
-- time range for the second); one more index is one more insertion per imported order.
CREATE INDEX orders_source_created ON orders (source, created_at);
