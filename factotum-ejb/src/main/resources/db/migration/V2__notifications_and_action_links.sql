-- Factotum schema, version 2: the transactional email outbox and the one-purpose links sent by email.

CREATE TABLE outbox_email (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id      VARCHAR(200)  NOT NULL,
    kind            VARCHAR(60)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    recipient_name  VARCHAR(200),
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    related_type    VARCHAR(60),
    related_id      VARCHAR(60),
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(100),
    claimed_until   DATETIME(6),
    last_error      VARCHAR(1000),
    transport       VARCHAR(20),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    row_version     BIGINT        NOT NULL,
    CONSTRAINT uq_outbox_email_message_id UNIQUE (message_id)
);
CREATE INDEX ix_outbox_email_due ON outbox_email (status, next_attempt_at);
CREATE INDEX ix_outbox_email_created ON outbox_email (created_at);

CREATE TABLE action_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL,
    purpose     VARCHAR(40)  NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    record_id   VARCHAR(60)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    revoked_at  DATETIME(6),
    row_version BIGINT       NOT NULL,
    CONSTRAINT uq_action_link_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_action_link_record ON action_link (record_type, record_id, purpose);
