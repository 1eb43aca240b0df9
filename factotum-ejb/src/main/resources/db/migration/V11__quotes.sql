-- Factotum schema, version 11: quotes and their lines (DESIGN.md, "Money and goods": BigDecimal euro,
-- IVA per rate on the sum of its lines).

CREATE TABLE request_quote (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT         NOT NULL,
    state          VARCHAR(20)    NOT NULL,
    valid_until    DATE           NOT NULL,
    net_amount     DECIMAL(12,2)  NOT NULL,
    iva_amount     DECIMAL(12,2)  NOT NULL,
    total_amount   DECIMAL(12,2)  NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    sent_at        DATETIME(6),
    answered_at    DATETIME(6),
    answer_reason  VARCHAR(1000),
    row_version    BIGINT         NOT NULL,
    CONSTRAINT fk_quote_request FOREIGN KEY (request_id) REFERENCES quote_request (id)
);
CREATE INDEX ix_quote_request ON request_quote (request_id, state);
CREATE INDEX ix_quote_expiry ON request_quote (state, valid_until);

CREATE TABLE request_quote_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    quote_id    BIGINT         NOT NULL,
    line_no     INT            NOT NULL,
    description VARCHAR(300)   NOT NULL,
    quantity    DECIMAL(10,3)  NOT NULL,
    unit_price  DECIMAL(10,2)  NOT NULL,
    iva_rate    DECIMAL(5,2)   NOT NULL,
    CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES request_quote (id)
);
CREATE INDEX ix_quote_line_quote ON request_quote_line (quote_id, line_no);
