-- Factotum schema, version 24: each proposal has its own answer-by instant. It is the setting's hours
-- after the proposal, but never later than the start of the job's last possible day, so a worker is
-- never asked to answer after the job's date. Proposals made before keep the setting's default (48 h).

ALTER TABLE request_assignment ADD COLUMN answer_by DATETIME(6);
UPDATE request_assignment SET answer_by = TIMESTAMPADD(HOUR, 48, proposed_at) WHERE answer_by IS NULL;
