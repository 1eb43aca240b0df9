-- Factotum schema, version 27: the driving-licence pathway the network offers a trainee who asks for it —
-- the driving school, the cost the network covers, and its steps (enrolment, theory exam, practice lessons,
-- driving exam) with their days and results.

CREATE TABLE traineeship_licence_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT        NOT NULL,
    step           VARCHAR(20)   NOT NULL,
    step_day       DATE          NOT NULL,
    passed         BOOLEAN,
    lessons        INT,
    cost           DECIMAL(8,2),
    note           VARCHAR(500),
    recorded_by    VARCHAR(254)  NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_licence_step FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);
CREATE INDEX ix_licence_step ON traineeship_licence_step (traineeship_id, step_day);

ALTER TABLE traineeship ADD COLUMN licence_school VARCHAR(200);
