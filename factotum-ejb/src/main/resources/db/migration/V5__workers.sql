-- Factotum schema, version 5: workers (volunteers, factotum handymen, artisans), their skills and
-- service areas, teams, and the minimal trainee marker (the traineeship itself is a later capability).

CREATE TABLE worker (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(20)   NOT NULL,
    first_name         VARCHAR(80)   NOT NULL,
    last_name          VARCHAR(80)   NOT NULL,
    pseudonym          BOOLEAN       NOT NULL,
    email              VARCHAR(254),
    phone              VARCHAR(40),
    bio_it             VARCHAR(2000),
    bio_en             VARCHAR(2000),
    languages          VARCHAR(100)  NOT NULL,
    driving_licence    BOOLEAN       NOT NULL,
    has_vehicle        BOOLEAN       NOT NULL,
    hourly_rate        DECIMAL(8,2),
    organisation_code  VARCHAR(40),
    home_comune        VARCHAR(6),
    public_consent_at  DATETIME(6),
    training_from      DATE,
    training_to        DATE,
    tutor_id           BIGINT,
    active             BOOLEAN       NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    row_version        BIGINT        NOT NULL,
    CONSTRAINT fk_worker_tutor FOREIGN KEY (tutor_id) REFERENCES worker (id)
);
CREATE INDEX ix_worker_kind ON worker (kind, active);
CREATE INDEX ix_worker_name ON worker (last_name, first_name);

CREATE TABLE worker_skill (
    worker_id        BIGINT      NOT NULL,
    subcategory_code VARCHAR(60) NOT NULL,
    skill_level      VARCHAR(20) NOT NULL,
    CONSTRAINT pk_worker_skill PRIMARY KEY (worker_id, subcategory_code),
    CONSTRAINT fk_worker_skill_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX ix_worker_skill_code ON worker_skill (subcategory_code);

CREATE TABLE worker_area (
    worker_id BIGINT      NOT NULL,
    area_type VARCHAR(10) NOT NULL,
    area_code VARCHAR(6)  NOT NULL,
    CONSTRAINT pk_worker_area PRIMARY KEY (worker_id, area_type, area_code),
    CONSTRAINT fk_worker_area_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX ix_worker_area_code ON worker_area (area_type, area_code);

CREATE TABLE team (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(120) NOT NULL,
    lead_worker_id BIGINT       NOT NULL,
    active         BOOLEAN      NOT NULL,
    row_version    BIGINT       NOT NULL,
    CONSTRAINT fk_team_lead FOREIGN KEY (lead_worker_id) REFERENCES worker (id)
);

CREATE TABLE team_member (
    team_id   BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    CONSTRAINT pk_team_member PRIMARY KEY (team_id, worker_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_team_member_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
