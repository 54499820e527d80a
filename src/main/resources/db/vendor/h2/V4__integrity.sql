-- One version for the plan and the cart config: bumped by every change a sync run depends on
-- (cut-off, 'Import Orders from', acceptances, the importable states, the cart, a reset, an open-orders
-- batch, its undo, 'none'). Every page transaction of a run checks it and stops the run when it moved.
ALTER TABLE plan ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
-- The order states imported beside open and partially fulfilled (comma-separated lifecycle ids,
-- e.g. 'pending-payment,on-hold'); NULL means the connected cart's defaults.
ALTER TABLE plan ADD COLUMN importable VARCHAR(200);

-- The latest measurement of the cart's clock against this computer's (a connection test or a run's
-- first response): the guard's CLOCK_SKEW.
ALTER TABLE sync_state ADD COLUMN clock_skew_ms BIGINT;
ALTER TABLE sync_state ADD COLUMN clock_measured_at TIMESTAMP WITH TIME ZONE;

-- Which lease holder ran a run (a run whose holder is gone was interrupted), what it set aside, and
-- the count check: the cart's own count against the distinct orders read.
ALTER TABLE sync_run ADD COLUMN holder VARCHAR(200);
-- 'requested by 12345@a-long-host-name': a run another process asked the runner for
ALTER TABLE sync_run ALTER COLUMN trigger_kind SET DATA TYPE VARCHAR(200);
ALTER TABLE sync_run ADD COLUMN set_aside INT DEFAULT 0 NOT NULL;
ALTER TABLE sync_run ADD COLUMN cart_count BIGINT;
ALTER TABLE sync_run ADD COLUMN distinct_read BIGINT;

-- Columns sized to the largest value a supported cart allows (store.FieldLimits says which).
ALTER TABLE order_line ALTER COLUMN sku SET DATA TYPE VARCHAR(255);
ALTER TABLE order_line ALTER COLUMN description SET DATA TYPE VARCHAR(4000);
ALTER TABLE orders ALTER COLUMN order_number SET DATA TYPE VARCHAR(255);
ALTER TABLE orders ALTER COLUMN order_number_norm SET DATA TYPE VARCHAR(255);
ALTER TABLE orders ALTER COLUMN customer_name SET DATA TYPE VARCHAR(500);
ALTER TABLE orders ALTER COLUMN cart_state SET DATA TYPE VARCHAR(500);

-- Cart orders the store could not hold (a value over a limit, a shape the connector cannot map):
-- recorded so the cursor may move past them, shown, and retried by every run until resolved.
CREATE TABLE set_aside (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_key      VARCHAR(600) NOT NULL,
    cart_order_id VARCHAR(64)  NOT NULL,
    order_number  VARCHAR(255),
    reason        VARCHAR(2000) NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INT DEFAULT 1 NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE,
    resolution    VARCHAR(200),
    CONSTRAINT set_aside_order UNIQUE (cart_order_id, shop_key)
);

-- 'sync now' or 'sync import' from another process while a runner holds the lease: a request the
-- runner picks up at its next tick, answered here for the caller, who waits for it.
CREATE TABLE sync_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(10) NOT NULL CHECK (kind IN ('run', 'order')),
    cart_order_id VARCHAR(64),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by  VARCHAR(200),
    picked_by     VARCHAR(200),
    picked_at     TIMESTAMP WITH TIME ZONE,
    done_at       TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(20),
    answer        VARCHAR(4000)
);
