-- Factotum schema, version 21: the educator who follows a trainee (an account holding the EDUCATOR role).
-- An educator reads only the requests, jobs and audit entries of the trainees they follow.

ALTER TABLE worker ADD COLUMN educator_id BIGINT;
ALTER TABLE worker ADD CONSTRAINT fk_worker_educator FOREIGN KEY (educator_id) REFERENCES account (id);
CREATE INDEX ix_worker_educator ON worker (educator_id);
