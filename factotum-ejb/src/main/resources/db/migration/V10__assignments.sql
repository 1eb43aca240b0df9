-- Factotum schema, version 10: assignments, a worker's part in a request (DESIGN.md: PROPOSED →
-- ACCEPTED / DECLINED / TIMED_OUT / WITHDRAWN).

CREATE TABLE request_assignment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    worker_id   BIGINT        NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    proposed_by VARCHAR(254)  NOT NULL,
    proposed_at DATETIME(6)   NOT NULL,
    answered_at DATETIME(6),
    reason      VARCHAR(1000),
    row_version BIGINT        NOT NULL,
    CONSTRAINT fk_assignment_request FOREIGN KEY (request_id) REFERENCES quote_request (id),
    CONSTRAINT fk_assignment_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX ix_assignment_worker ON request_assignment (worker_id, state);
CREATE INDEX ix_assignment_request ON request_assignment (request_id, state);
