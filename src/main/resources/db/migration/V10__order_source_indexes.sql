-- Each run reads the shop's migrated orders (to tell them from the cart's own) and, on completing,
-- the newest cart order's time ('Last Order from'). Without these both scanned every order the
-- store holds, so a run into a store of a million orders cost about twice one into an empty store.
CREATE INDEX orders_source_shop ON orders (source, shop_key);
CREATE INDEX orders_source_created ON orders (source, created_at);
