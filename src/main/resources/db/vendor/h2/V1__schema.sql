-- Cart Go-Live store. Instants are UTC (TIMESTAMP WITH TIME ZONE); the zone the user chose is kept beside them.

-- Step 1: the one connected cart. Secrets are AES-GCM encrypted with the key file beside the database.
CREATE TABLE cart_config (
    id            INT PRIMARY KEY CHECK (id = 1),
    kind          VARCHAR(20)  NOT NULL,
    url           VARCHAR(500) NOT NULL,
    shop_key      VARCHAR(600) NOT NULL,
    api_version   VARCHAR(20),
    secrets_enc   VARBINARY(8192),
    fingerprint   VARCHAR(64)  NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Step 2: every connection test run, with the fingerprint of the config it tested.
CREATE TABLE connection_test (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    fingerprint        VARCHAR(64) NOT NULL,
    tested_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    passed             BOOLEAN NOT NULL,
    store_zone         VARCHAR(64),
    currency           VARCHAR(8),
    api_version_served VARCHAR(20),
    history_limit_days INT,
    clock_skew_ms      BIGINT,
    checks_json        CLOB NOT NULL
);

-- Steps 3 and 5: the cut-over plan (one row).
CREATE TABLE plan (
    id                INT PRIMARY KEY CHECK (id = 1),
    cutoff_at         TIMESTAMP WITH TIME ZONE,
    cutoff_zone       VARCHAR(64),
    cutoff_confirmed  BOOLEAN DEFAULT FALSE NOT NULL,
    import_from_at    TIMESTAMP WITH TIME ZONE,
    import_from_zone  VARCHAR(64),
    gap_accepted      BOOLEAN DEFAULT FALSE NOT NULL,
    overlap_accepted  BOOLEAN DEFAULT FALSE NOT NULL,
    import_as         VARCHAR(20) DEFAULT 'sales-order' NOT NULL,
    locked_at         TIMESTAMP WITH TIME ZONE
);
INSERT INTO plan (id) VALUES (1);

-- Step 4: open-order batches from the old system, or the 'none' declaration.
CREATE TABLE open_orders_batch (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(10) NOT NULL CHECK (kind IN ('file', 'none')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(1000),
    file_name    VARCHAR(1000),
    order_count  INT DEFAULT 0 NOT NULL,
    undone_at    TIMESTAMP WITH TIME ZONE
);

-- The sales-order store. (shop_key, cart_order_id) is the at-most-once key for cart orders.
CREATE TABLE orders (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    source            VARCHAR(10)  NOT NULL CHECK (source IN ('migrated', 'cart')),
    shop_key          VARCHAR(600) NOT NULL,
    cart_order_id     VARCHAR(64),
    order_number      VARCHAR(100),
    order_number_norm VARCHAR(100),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    doc_type          VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    currency          VARCHAR(8),
    total             DECIMAL(19, 4) NOT NULL,
    customer_email    VARCHAR(320),
    customer_name     VARCHAR(300),
    needs_attention   BOOLEAN DEFAULT FALSE NOT NULL,
    attention_reason  VARCHAR(2000),
    cart_updated_at   TIMESTAMP WITH TIME ZONE,
    cart_state        VARCHAR(200),
    batch_id          BIGINT REFERENCES open_orders_batch (id),
    run_id            BIGINT,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- cart_order_id first, so "cart_order_id IN (page ids)" is an index lookup
    CONSTRAINT orders_cart_id UNIQUE (cart_order_id, shop_key)
);
CREATE INDEX orders_number ON orders (shop_key, order_number_norm);
CREATE INDEX orders_created ON orders (created_at);

CREATE TABLE order_line (
    order_id    BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no     INT    NOT NULL,
    sku         VARCHAR(200),
    description VARCHAR(1000),
    quantity    DECIMAL(19, 4) NOT NULL,
    price       DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- Step 6: Auto Sync state, the lease that makes one import run at a time across processes, and the cursor.
CREATE TABLE sync_state (
    id                  INT PRIMARY KEY CHECK (id = 1),
    status              VARCHAR(10) DEFAULT 'STOPPED' NOT NULL CHECK (status IN ('STOPPED', 'RUNNING')),
    interval_seconds    INT DEFAULT 300 NOT NULL,
    cursor_at           TIMESTAMP WITH TIME ZONE,
    watermark           TIMESTAMP WITH TIME ZONE,
    last_success_start  TIMESTAMP WITH TIME ZONE,
    last_success_end    TIMESTAMP WITH TIME ZONE,
    lease_holder        VARCHAR(200),
    lease_expires_at    TIMESTAMP WITH TIME ZONE,
    heartbeat_at        TIMESTAMP WITH TIME ZONE,
    runner_holder       VARCHAR(200),
    runner_expires_at   TIMESTAMP WITH TIME ZONE,
    stopped_reason      VARCHAR(1000)
);
INSERT INTO sync_state (id) VALUES (1);

CREATE TABLE sync_run (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    trigger_kind       VARCHAR(20) NOT NULL,
    dry_run            BOOLEAN NOT NULL,
    outcome            VARCHAR(20),
    since_at           TIMESTAMP WITH TIME ZONE,
    fetched            INT DEFAULT 0 NOT NULL,
    imported           INT DEFAULT 0 NOT NULL,
    already_imported   INT DEFAULT 0 NOT NULL,
    skipped_migrated   INT DEFAULT 0 NOT NULL,
    skipped_ineligible INT DEFAULT 0 NOT NULL,
    possible_duplicates INT DEFAULT 0 NOT NULL,
    attention          INT DEFAULT 0 NOT NULL,
    error              VARCHAR(2000)
);

-- Every change: when, which OS user, what, before -> after. Never holds a secret.
CREATE TABLE audit_log (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    os_user  VARCHAR(200),
    action   VARCHAR(100) NOT NULL,
    before_v VARCHAR(4000),
    after_v  VARCHAR(4000)
);
