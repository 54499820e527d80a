-- E-mail notifications (one row): where to send and how; the SMTP password AES-GCM encrypted like the cart secrets.
CREATE TABLE notify_settings (
    id                 INT PRIMARY KEY CHECK (id = 1),
    recipients         VARCHAR(2000) NOT NULL,
    smtp_host          VARCHAR(255)  NOT NULL,
    smtp_port          INT           NOT NULL,
    smtp_user          VARCHAR(320),
    security           VARCHAR(10)   NOT NULL CHECK (security IN ('none', 'starttls', 'tls')),
    sender             VARCHAR(320)  NOT NULL,
    password_enc       VARBINARY(4096),
    fail_after_minutes INT DEFAULT 30 NOT NULL,
    saved_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every notification given or tried, desktop or e-mail: the rate limit and the screens read it.
CREATE TABLE notification (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    channel VARCHAR(10)  NOT NULL CHECK (channel IN ('email', 'desktop')),
    outcome VARCHAR(10)  NOT NULL CHECK (outcome IN ('SENT', 'FAILED')),
    subject VARCHAR(500),
    error   VARCHAR(1000)
);
CREATE INDEX notification_kind ON notification (kind, channel, at);

-- What an e-mail has told already (a stop, a failing spell, an order set aside or needing attention), so each is told once.
CREATE TABLE notified (
    kind VARCHAR(20)  NOT NULL,
    ref  VARCHAR(300) NOT NULL,
    at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, ref)
);
