-- Factotum schema, version 12: the job's date and its completion, the workers' unavailability that
-- scheduling respects, and the claims of the request timers (quote expiry warning, the day-before
-- reminder), which are taken by an atomic update so that one node sends each email.

ALTER TABLE quote_request ADD COLUMN scheduled_date DATE;
ALTER TABLE quote_request ADD COLUMN scheduled_start TIME;
ALTER TABLE quote_request ADD COLUMN scheduled_minutes INT;
ALTER TABLE quote_request ADD COLUMN worked_hours DECIMAL(5,2);
ALTER TABLE quote_request ADD COLUMN completion_note VARCHAR(1000);
ALTER TABLE quote_request ADD COLUMN reminded_for DATE;
CREATE INDEX ix_quote_request_schedule ON quote_request (state, scheduled_date);

ALTER TABLE request_quote ADD COLUMN expiry_warned_at DATETIME(6);

CREATE TABLE worker_unavailability (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id   BIGINT        NOT NULL,
    first_day   DATE          NOT NULL,
    last_day    DATE          NOT NULL,
    reason      VARCHAR(200),
    created_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_unavailability_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX ix_unavailability_worker ON worker_unavailability (worker_id, first_day);
