-- The reconciliation (the proof): one row per run, the cart's orders as that run read them (staged
-- in batches, then put in buckets by set operations), and the store orders it could not pair.
-- Only the latest complete reconciliation's rows are kept.
CREATE TABLE reconciliation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    from_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    to_at        TIMESTAMP WITH TIME ZONE,
    visible_from TIMESTAMP WITH TIME ZONE,
    cart_orders  BIGINT,
    clean        BOOLEAN
);

CREATE TABLE recon_cart (
    recon_id          BIGINT       NOT NULL REFERENCES reconciliation (id) ON DELETE CASCADE,
    cart_order_id     VARCHAR(64)  NOT NULL,
    order_number      VARCHAR(255),
    order_number_norm VARCHAR(255),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE,
    total             DECIMAL(19, 4),
    lifecycle         VARCHAR(30)  NOT NULL,
    cart_status       VARCHAR(500),
    -- what the matching found: store orders paired cleanly, suspect pairs, the paired order's source
    matched           INT DEFAULT 0 NOT NULL,
    suspects          INT DEFAULT 0 NOT NULL,
    store_order_id    BIGINT,
    store_source      VARCHAR(10),
    bucket            VARCHAR(30),
    detail            VARCHAR(500),
    PRIMARY KEY (recon_id, cart_order_id)
);
CREATE INDEX recon_cart_number ON recon_cart (recon_id, order_number_norm);
CREATE INDEX recon_cart_bucket ON recon_cart (recon_id, bucket, created_at);

-- Every pairing of a cart order with a store order: 'id' (same cart id), 'number' (a migrated order
-- without a cart id whose number, creation time and total agree), 'suspect' (a number that agrees but
-- a time or total that does not, or a number two cart orders share).
CREATE TABLE recon_match (
    recon_id       BIGINT      NOT NULL REFERENCES reconciliation (id) ON DELETE CASCADE,
    cart_order_id  VARCHAR(64) NOT NULL,
    store_order_id BIGINT      NOT NULL,
    how            VARCHAR(10) NOT NULL CHECK (how IN ('id', 'number', 'suspect')),
    detail         VARCHAR(500)
);
CREATE INDEX recon_match_store ON recon_match (recon_id, store_order_id);
CREATE INDEX recon_match_cart ON recon_match (recon_id, cart_order_id);

-- Something a person checked and handled by hand, so it no longer fails the reconciliation:
-- kind is the bucket or list it came from, ref the cart order id (the store order's number for an orphan).
CREATE TABLE acknowledgement (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind     VARCHAR(20)  NOT NULL CHECK (kind IN ('missing', 'duplicate', 'suspect', 'orphan', 'attention', 'set-aside')),
    ref      VARCHAR(255) NOT NULL,
    reason   VARCHAR(1000) NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    os_user  VARCHAR(200),
    CONSTRAINT acknowledgement_ref UNIQUE (kind, ref)
);

-- A cart order created outside the sync's window (before 'Import Orders from') that a person confirmed,
-- one by one, should be imported from the cart after all: the sync then treats it as eligible.
CREATE TABLE window_exception (
    shop_key      VARCHAR(600) NOT NULL,
    cart_order_id VARCHAR(64)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    os_user       VARCHAR(200),
    PRIMARY KEY (cart_order_id, shop_key)
);

-- Store orders of the reconciled window that no cart order pairs with: 'orphan', or 'not-visible' when
-- created before what this credential may read (Shopify without read_all_orders: 60 days).
CREATE TABLE recon_store (
    recon_id       BIGINT      NOT NULL REFERENCES reconciliation (id) ON DELETE CASCADE,
    store_order_id BIGINT      NOT NULL,
    bucket         VARCHAR(20) NOT NULL CHECK (bucket IN ('orphan', 'not-visible')),
    PRIMARY KEY (recon_id, store_order_id)
);
