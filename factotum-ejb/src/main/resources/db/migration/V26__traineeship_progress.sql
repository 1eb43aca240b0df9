-- Factotum schema, version 26: how a traineeship goes and where it leads. The monthly checkpoints
-- (an interview with a score per objective), the final assessment (levels reached, outcome, the two
-- sign-offs, the team joined), the follow-ups 6 and 12 months after the end, and the day each reminder
-- went out (the timer claims a reminder by writing that day, so one node sends it once).

CREATE TABLE traineeship_checkpoint (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT        NOT NULL,
    held_on        DATE          NOT NULL,
    notes          VARCHAR(2000),
    next_steps     VARCHAR(1000),
    recorded_by    VARCHAR(254)  NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_traineeship_checkpoint FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);
CREATE INDEX ix_traineeship_checkpoint ON traineeship_checkpoint (traineeship_id, held_on);

CREATE TABLE traineeship_checkpoint_score (
    checkpoint_id BIGINT NOT NULL,
    objective_id  BIGINT NOT NULL,
    score         INT    NOT NULL,
    PRIMARY KEY (checkpoint_id, objective_id),
    CONSTRAINT fk_checkpoint_score FOREIGN KEY (checkpoint_id) REFERENCES traineeship_checkpoint (id)
);

CREATE TABLE traineeship_follow_up (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT        NOT NULL,
    months_after   INT           NOT NULL,
    due_on         DATE          NOT NULL,
    done_on        DATE,
    situation      VARCHAR(20),
    note           VARCHAR(1000),
    reminded_on    DATE,
    recorded_by    VARCHAR(254),
    CONSTRAINT fk_traineeship_follow_up FOREIGN KEY (traineeship_id) REFERENCES traineeship (id),
    CONSTRAINT uq_traineeship_follow_up UNIQUE (traineeship_id, months_after)
);
CREATE INDEX ix_traineeship_follow_up_due ON traineeship_follow_up (due_on, reminded_on);

ALTER TABLE traineeship ADD COLUMN outcome VARCHAR(20);
ALTER TABLE traineeship ADD COLUMN outcome_note VARCHAR(1000);
ALTER TABLE traineeship ADD COLUMN assessed_on DATE;
ALTER TABLE traineeship ADD COLUMN assessed_by VARCHAR(254);
ALTER TABLE traineeship ADD COLUMN educator_signed_on DATE;
ALTER TABLE traineeship ADD COLUMN tutor_signed_on DATE;
ALTER TABLE traineeship ADD COLUMN joined_team_id BIGINT;
ALTER TABLE traineeship ADD COLUMN checkpoint_reminded_for DATE;
ALTER TABLE traineeship ADD COLUMN overdue_reminded_for DATE;
ALTER TABLE traineeship ADD COLUMN ending_reminded_for DATE;
