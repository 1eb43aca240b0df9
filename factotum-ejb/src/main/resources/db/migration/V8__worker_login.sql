-- Factotum schema, version 8: a worker's login to the worker area (an account with the WORKER role,
-- invited by email from the worker's form).

ALTER TABLE worker ADD COLUMN account_id BIGINT;
ALTER TABLE worker ADD CONSTRAINT fk_worker_account FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE worker ADD CONSTRAINT uq_worker_account UNIQUE (account_id);
