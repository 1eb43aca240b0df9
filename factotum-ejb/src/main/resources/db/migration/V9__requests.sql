-- Factotum schema, version 9: quote requests, from the client's form to the completed job, and their
-- timeline (who did what, when, from which channel).

CREATE TABLE quote_request (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_number       VARCHAR(20),
    state                VARCHAR(20)   NOT NULL,
    channel              VARCHAR(10)   NOT NULL,
    subcategory_code     VARCHAR(60)   NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    comune_code          VARCHAR(6)    NOT NULL,
    address              VARCHAR(200)  NOT NULL,
    exact_date           DATE,
    earliest_date        DATE,
    latest_date          DATE,
    time_of_day          VARCHAR(10)   NOT NULL,
    preferred_kind       VARCHAR(20),
    preferred_worker_id  BIGINT,
    client_name          VARCHAR(120)  NOT NULL,
    client_email         VARCHAR(254),
    client_phone         VARCHAR(40),
    tax_code             VARCHAR(16),
    language             VARCHAR(2)    NOT NULL,
    privacy_version      VARCHAR(20)   NOT NULL,
    privacy_accepted_at  DATETIME(6)   NOT NULL,
    form_token           VARCHAR(64),
    client_address_ip    VARCHAR(45),
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    closed_at            DATETIME(6),
    row_version          BIGINT        NOT NULL,
    CONSTRAINT uq_quote_request_number UNIQUE (request_number),
    CONSTRAINT uq_quote_request_form_token UNIQUE (form_token),
    CONSTRAINT fk_quote_request_worker FOREIGN KEY (preferred_worker_id) REFERENCES worker (id)
);
CREATE INDEX ix_quote_request_state ON quote_request (state, created_at);
CREATE INDEX ix_quote_request_email ON quote_request (client_email, created_at);
CREATE INDEX ix_quote_request_ip ON quote_request (client_address_ip, created_at);

CREATE TABLE request_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    channel     VARCHAR(10)   NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20)   NOT NULL,
    note        VARCHAR(1000),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES quote_request (id)
);
CREATE INDEX ix_request_event_request ON request_event (request_id, occurred_at);
