-- Factotum schema, version 25: traineeships ("tirocini"), the individual project of a trainee beside a
-- host tutor, followed by an educator; their objectives, timeline, pauses and hours register. What says
-- why a person is fragile lives apart, in trainee_sensitive, read only by their educator and the
-- administrators (every read audited), erased some months after the traineeship ends.
-- Today's trainee markers on workers become traineeships (ACTIVE while under way, COMPLETED once over).

CREATE TABLE traineeship (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id            BIGINT        NOT NULL,
    educator_id          BIGINT,
    tutor_id             BIGINT        NOT NULL,
    promoter_code        VARCHAR(40),
    kind                 VARCHAR(20)   NOT NULL,
    trainee_group        VARCHAR(20)   NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    host_name            VARCHAR(200)  NOT NULL,
    host_staff           INT           NOT NULL,
    host_site            VARCHAR(300),
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NOT NULL,
    weekly_hours         DECIMAL(4,1)  NOT NULL,
    monthly_allowance    DECIMAL(8,2)  NOT NULL,
    occupational_profile VARCHAR(200),
    activities           VARCHAR(2000),
    inail_position       VARCHAR(60),
    liability_policy     VARCHAR(60),
    ended_on             DATE,
    end_reason           VARCHAR(1000),
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(254)  NOT NULL,
    row_version          BIGINT        NOT NULL,
    CONSTRAINT fk_traineeship_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT fk_traineeship_tutor FOREIGN KEY (tutor_id) REFERENCES worker (id),
    CONSTRAINT fk_traineeship_educator FOREIGN KEY (educator_id) REFERENCES account (id)
);
CREATE INDEX ix_traineeship_worker ON traineeship (worker_id, state);
CREATE INDEX ix_traineeship_educator ON traineeship (educator_id, state);
CREATE INDEX ix_traineeship_tutor ON traineeship (tutor_id, state);

CREATE TABLE traineeship_objective (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id   BIGINT        NOT NULL,
    position         INT           NOT NULL,
    subcategory_code VARCHAR(60)   NOT NULL,
    competence       VARCHAR(300)  NOT NULL,
    target_level     INT           NOT NULL,
    reached_level    INT,
    CONSTRAINT fk_traineeship_objective FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);
CREATE INDEX ix_traineeship_objective ON traineeship_objective (traineeship_id, position);

CREATE TABLE traineeship_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    from_state     VARCHAR(20),
    to_state       VARCHAR(20)   NOT NULL,
    note           VARCHAR(1000),
    CONSTRAINT fk_traineeship_event FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);
CREATE INDEX ix_traineeship_event ON traineeship_event (traineeship_id, occurred_at);

CREATE TABLE traineeship_pause (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT NOT NULL,
    from_day       DATE   NOT NULL,
    to_day         DATE,
    CONSTRAINT fk_traineeship_pause FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);
CREATE INDEX ix_traineeship_pause ON traineeship_pause (traineeship_id);

CREATE TABLE traineeship_hours (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT        NOT NULL,
    work_day       DATE          NOT NULL,
    hours          DECIMAL(4,1)  NOT NULL,
    activity       VARCHAR(20)   NOT NULL,
    note           VARCHAR(500),
    request_id     BIGINT,
    recorded_by    VARCHAR(254)  NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    row_version    BIGINT        NOT NULL,
    CONSTRAINT fk_traineeship_hours FOREIGN KEY (traineeship_id) REFERENCES traineeship (id),
    CONSTRAINT uq_traineeship_hours_request UNIQUE (traineeship_id, request_id)
);
CREATE INDEX ix_traineeship_hours_day ON traineeship_hours (traineeship_id, work_day);

CREATE TABLE trainee_sensitive (
    traineeship_id    BIGINT        PRIMARY KEY,
    vulnerability     VARCHAR(30),
    referring_service VARCHAR(300),
    legal_status      VARCHAR(300),
    health_notes      VARCHAR(2000),
    private_notes     VARCHAR(4000),
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(254)  NOT NULL,
    row_version       BIGINT        NOT NULL,
    CONSTRAINT fk_trainee_sensitive FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);

INSERT INTO traineeship (worker_id, educator_id, tutor_id, kind, trainee_group, state, host_name, host_staff,
        starts_on, ends_on, weekly_hours, monthly_allowance, ended_on, created_at, created_by, row_version)
    SELECT w.id, w.educator_id, w.tutor_id, 'EXTRACURRICULAR', 'ORDINARY',
           CASE WHEN w.training_to < CURRENT_DATE THEN 'COMPLETED' ELSE 'ACTIVE' END,
           'Factotum – rete WE.CARE', 6, w.training_from, w.training_to, 20, 600,
           CASE WHEN w.training_to < CURRENT_DATE THEN w.training_to ELSE NULL END,
           CURRENT_TIMESTAMP, 'migration', 1
      FROM worker w
     WHERE w.training_from IS NOT NULL AND w.training_to IS NOT NULL AND w.tutor_id IS NOT NULL;

INSERT INTO traineeship_event (traineeship_id, occurred_at, actor, action, from_state, to_state, note)
    SELECT t.id, CURRENT_TIMESTAMP, 'migration', 'MIGRATE', NULL, t.state, 'worker trainee marker'
      FROM traineeship t;
