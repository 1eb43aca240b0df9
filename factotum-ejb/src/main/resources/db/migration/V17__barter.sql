-- Factotum schema, version 17: goods offered in exchange for a service, their valuation and collection,
-- and the goods credit as a ledger of paired movements (DESIGN.md, "Money and goods").

-- An offer of goods a client makes for a request: the items, whether they must be picked up, and where
-- the offer stands (OFFERED → VALUED → ACCEPTED, or WITHDRAWN by the client before accepting).
CREATE TABLE goods_offer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT         NOT NULL,
    client_key    VARCHAR(254)   NOT NULL,
    state         VARCHAR(20)    NOT NULL,
    pick_up       BOOLEAN        NOT NULL,
    offered_at    DATETIME(6)    NOT NULL,
    offered_by    VARCHAR(254)   NOT NULL,
    valued_at     DATETIME(6),
    valued_by     VARCHAR(254),
    answered_at   DATETIME(6),
    credit_amount DECIMAL(12,2),
    row_version   BIGINT         NOT NULL,
    CONSTRAINT fk_goods_offer_request FOREIGN KEY (request_id) REFERENCES quote_request (id)
);
CREATE INDEX ix_goods_offer_request ON goods_offer (request_id);
CREATE INDEX ix_goods_offer_state ON goods_offer (state, offered_at);

-- One item (or a lot of equal items) of an offer: as the client describes it, as an operator values it
-- (suggested and final value, or the reason it is not accepted; who and when), and as it is collected
-- (where it goes and its measured weight: the impact report counts them).
CREATE TABLE goods_item (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    offer_id          BIGINT         NOT NULL,
    line_no           INT            NOT NULL,
    category_code     VARCHAR(40)    NOT NULL,
    description       VARCHAR(500)   NOT NULL,
    item_condition    VARCHAR(20)    NOT NULL,
    age_years         INT            NOT NULL,
    quantity          INT            NOT NULL,
    weight_kg         DECIMAL(8,2),
    suggested_value   DECIMAL(10,2),
    final_value       DECIMAL(10,2),
    rejection_reason  VARCHAR(500),
    inspection_needed BOOLEAN        NOT NULL,
    valued_at         DATETIME(6),
    valued_by         VARCHAR(254),
    destination       VARCHAR(20),
    measured_kg       DECIMAL(8,2),
    collected_at      DATETIME(6),
    collected_by      VARCHAR(254),
    CONSTRAINT fk_goods_item_offer FOREIGN KEY (offer_id) REFERENCES goods_offer (id),
    CONSTRAINT fk_goods_item_category FOREIGN KEY (category_code) REFERENCES goods_category (code),
    CONSTRAINT uq_goods_item UNIQUE (offer_id, line_no)
);
CREATE INDEX ix_goods_item_collected ON goods_item (collected_at);

-- The photos of an item (at most 3), re-encoded as JPEG so that no metadata is kept.
CREATE TABLE goods_item_photo (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    content     MEDIUMBLOB    NOT NULL,
    CONSTRAINT fk_goods_photo_item FOREIGN KEY (item_id) REFERENCES goods_item (id),
    CONSTRAINT uq_goods_photo UNIQUE (item_id, position)
);

-- The balance of every credit account (the cooperative's goods account, each client, each job), kept with
-- the movements that make it and locked while a movement is written.
CREATE TABLE credit_account (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_kind VARCHAR(10)    NOT NULL,
    account_key  VARCHAR(254)   NOT NULL,
    balance      DECIMAL(12,2)  NOT NULL,
    row_version  BIGINT         NOT NULL,
    CONSTRAINT uq_credit_account UNIQUE (account_kind, account_key)
);

-- Every movement is two rows with the same transfer: the amount out of one account (negative) and into
-- another (positive). The sum of all rows is zero.
CREATE TABLE credit_movement (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    transfer_id  VARCHAR(36)    NOT NULL,
    account_id   BIGINT         NOT NULL,
    amount       DECIMAL(12,2)  NOT NULL,
    reason       VARCHAR(20)    NOT NULL,
    request_id   BIGINT,
    offer_id     BIGINT,
    occurred_at  DATETIME(6)    NOT NULL,
    actor        VARCHAR(254)   NOT NULL,
    CONSTRAINT fk_credit_movement_account FOREIGN KEY (account_id) REFERENCES credit_account (id)
);
CREATE INDEX ix_credit_movement_account ON credit_movement (account_id, occurred_at);
CREATE INDEX ix_credit_movement_transfer ON credit_movement (transfer_id);

INSERT INTO credit_account (account_kind, account_key, balance, row_version) VALUES ('GOODS', 'goods', 0.00, 1);

-- The goods credit on a quote: applied after IVA, its own line; what the client pays is total minus it.
ALTER TABLE request_quote ADD COLUMN goods_credit DECIMAL(12,2) NOT NULL DEFAULT 0.00;
ALTER TABLE request_quote ADD COLUMN amount_due DECIMAL(12,2);
UPDATE request_quote SET amount_due = total_amount;
